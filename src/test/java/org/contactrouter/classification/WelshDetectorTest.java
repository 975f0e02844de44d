package org.contactrouter.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WelshDetectorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mae fy min heb ei gasglu ers wythnos, diolch|true",
            "Bore da, mae twll mawr yn y ffordd ger yr ysgol|true",
            "Dydw i ddim wedi cael ateb gan y cyngor eto|true",
            "Ŵyr a ŷd|true",
            "My bin has not been collected for a week, thank you|false",
            "There is a pothole on the road near the school|false",
            "Llanfairpwll council tax|false",
            "Hi|false",
            "''|false"})
    void tellsWelshFromEnglish(String text, boolean welsh) {
        assertThat(WelshDetector.isWelsh(text)).isEqualTo(welsh);
    }
}
