package org.contactrouter.channel.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Postcodes are written as Royal Mail prints them, and what is not one is refused. */
class UkPostcodeTest {

    @ParameterizedTest
    @CsvSource({
            "sw1a1aa, SW1A 1AA",
            "SW1A  1AA, SW1A 1AA",
            "' cf10 4uw ', CF10 4UW",
            "M1 1AE, M1 1AE",
            "b338th, B33 8TH",
            "CR2 6XH, CR2 6XH",
            "DN55 1PT, DN55 1PT",
            "W1A 0AX, W1A 0AX",
            "EC1A 1BB, EC1A 1BB",
            "gir0aa, GIR 0AA",
            "LL57 2EW, LL57 2EW"})
    void aPostcodeIsWrittenInCapitalsWithOneSpaceBeforeTheInwardCode(String written, String normalised) {
        assertThat(UkPostcode.normalise(written)).contains(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "CF10", "1AA", "CF10 4U", "CF10 4UWW", "QA1 1AA", "SW1A 1CA", "CF10-4UW",
            "12345", "BFPO 1234", "Cardiff", "A1A 1AA 1"})
    void whatIsNotAUkPostcodeIsRefused(String text) {
        assertThat(UkPostcode.normalise(text)).isEmpty();
    }

    @Test
    void nothingIsNotAPostcode() {
        assertThat(UkPostcode.normalise(null)).isEmpty();
    }
}
