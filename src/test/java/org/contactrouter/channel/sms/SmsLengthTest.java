package org.contactrouter.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text-message lengths and message counts at each boundary, in both alphabets. */
class SmsLengthTest {

    @Test
    void plainTextGoes160ToAMessageThen153APart() {
        assertThat(SmsLength.of("a".repeat(160))).isEqualTo(new SmsLength(160, 1, SmsLength.Encoding.GSM_7));
        assertThat(SmsLength.of("a".repeat(161)).messages()).isEqualTo(2);
        assertThat(SmsLength.of("a".repeat(306)).messages()).isEqualTo(2);
        assertThat(SmsLength.of("a".repeat(307)).messages()).isEqualTo(3);
        assertThat(SmsLength.of("a".repeat(918))).isEqualTo(new SmsLength(918, 6, SmsLength.Encoding.GSM_7));
    }

    @Test
    void extensionCharactersCountTwice() {
        SmsLength euros = SmsLength.of("€".repeat(80));

        assertThat(euros).isEqualTo(new SmsLength(160, 1, SmsLength.Encoding.GSM_7));
        assertThat(SmsLength.of("Fee: €10 [paid]").characters()).isEqualTo(18);
        assertThat(SmsLength.of("£5, é and ü stay in the alphabet").encoding()).isEqualTo(SmsLength.Encoding.GSM_7);
    }

    @Test
    void oneCharacterOutsideTheAlphabetSendsTheWholeTextAsUcs2() {
        String welsh = "Diolch am eich neges. Byddwn yn ymateb cyn dydd Mercher, ŵyr y Cyngor. Hwyl fawr.";

        SmsLength length = SmsLength.of(welsh);

        assertThat(length.encoding()).isEqualTo(SmsLength.Encoding.UCS_2);
        assertThat(length.characters()).isEqualTo(welsh.length());
        assertThat(length.messages()).isEqualTo(2);
        assertThat(SmsLength.of("ŵ".repeat(70)).messages()).isEqualTo(1);
        assertThat(SmsLength.of("ŵ".repeat(134)).messages()).isEqualTo(2);
        assertThat(SmsLength.of("ŵ".repeat(135)).messages()).isEqualTo(3);
        assertThat(SmsLength.of("Thanks \uD83D\uDC4D").characters()).as("an emoji is two UTF-16 units").isEqualTo(9);
    }

    @Test
    void notifySendsAtMost918Characters() {
        assertThat(SmsLength.of("a".repeat(918)).tooLong()).isFalse();
        assertThat(SmsLength.of("a".repeat(917) + "€").tooLong()).isTrue();
        assertThat(SmsLength.of("").messages()).isZero();
    }

    @Test
    void theOfficerIsToldTheCountAndWhyATextGoesShort() {
        assertThat(SmsLength.of("a".repeat(200)).describe()).isEqualTo("200 characters, sent as 2 text messages");
        assertThat(SmsLength.of("x").describe()).isEqualTo("1 character, sent as 1 text message");
        assertThat(SmsLength.of("“quoted”").describe())
                .startsWith("8 characters, sent as 1 text message (it has characters outside the basic text alphabet");
    }
}
