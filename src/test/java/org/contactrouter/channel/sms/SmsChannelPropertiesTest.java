package org.contactrouter.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The text-message channel's own settings: checked at start-up, every problem named at once. */
class SmsChannelPropertiesTest {

    @Test
    void welshCasesArePromisedInWelshAndFallBackToEnglish() {
        SmsChannelProperties settings = new SmsChannelProperties(true, null,
                Map.of("en", "We aim to reply within 1 working day.", "cy", "Ein nod yw ymateb o fewn 1 diwrnod gwaith."));
        settings.requireComplete();

        assertThat(settings.acknowledgementIn("cy")).isEqualTo("Ein nod yw ymateb o fewn 1 diwrnod gwaith.");
        assertThat(settings.acknowledgementIn("fr")).isEqualTo("We aim to reply within 1 working day.");
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aMissingEnglishPromiseAndOneTooLongForATextAreBothNamed() {
        SmsChannelProperties settings = new SmsChannelProperties(true, Duration.ZERO, Map.of("cy", "a".repeat(919)));

        assertThatThrownBy(settings::requireComplete)
                .hasMessageStartingWith("The text-message channel is enabled but its settings are wrong")
                .hasMessageContaining("ccr.channels.sms.poll-interval must be positive")
                .hasMessageContaining("ccr.channels.sms.acknowledgement.en is missing")
                .hasMessageContaining("ccr.channels.sms.acknowledgement.cy is longer than a text message can be"
                        + " (918 characters)");
    }
}
