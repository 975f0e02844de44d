package org.contactrouter.channel.phone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberNormaliserTest {

    private final PhoneNumberNormaliser normaliser = new PhoneNumberNormaliser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            07700 900123          | +447700900123
            07700900123           | +447700900123
            07700-900-123         | +447700900123
            0044 7700 900123      | +447700900123
            00447700900123        | +447700900123
            +44 7700 900123       | +447700900123
            447700900123          | +447700900123
            +44 (0)20 7946 0000   | +442079460000
            +44 (0) 20 7946 0000  | +442079460000
            (020) 7946 0000       | +442079460000
            020 7946 0000         | +442079460000
            0161 496 0000         | +441614960000
            01632 960123          | +441632960123
            0800 123 4567         | +448001234567
            tel:+442079460000     | +442079460000
            '  07700 900123  '    | +447700900123
            +1 202 555 0123       | +12025550123
            001 212 555 0123      | +12125550123
            00353 1 234 5678      | +35312345678
            +33 1 23 45 67 89     | +33123456789
            """)
    void normalisesToE164(String raw, String e164) {
        assertThat(normaliser.normalise(raw)).isEqualTo(new CallerNumber.Known(e164));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "anonymous", "Anonymous", "WITHHELD", "Number withheld", "unavailable",
            "Restricted", "private", "Unknown"})
    void withheldMarkersMeanAnAnonymousCaller(String raw) {
        assertThat(normaliser.normalise(raw)).isEqualTo(new CallerNumber.Withheld());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12ab                  | not a phone number: '12ab'
            call me               | not a phone number: 'call me'
            999                   | invalid phone number: '999'
            2001                  | invalid phone number: '2001'
            07700 90012           | invalid phone number: '07700 90012'
            077009001234          | invalid phone number: '077009001234'
            +44 12                | invalid phone number: '+44 12'
            01234                 | invalid phone number: '01234'
            """)
    void refusesWhatIsNotAPhoneNumber(String raw, String reason) {
        assertThat(normaliser.normalise(raw)).isEqualTo(new CallerNumber.Invalid(reason));
    }

    @Test
    void readsNationalNumbersInTheConfiguredRegion() {
        PhoneNumberNormaliser ireland = new PhoneNumberNormaliser("IE");

        assertThat(ireland.normalise("01 234 5678")).isEqualTo(new CallerNumber.Known("+35312345678"));
    }
}
