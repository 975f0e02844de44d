package org.contactrouter.channel.email;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BounceParserTest {

    private final BounceParser parser = new BounceParser();

    @Test
    void permanentFailureNamesTheOriginalMessageAndRecipient() throws Exception {
        Bounce bounce = parser.parse(EmailFixtures.load("08-dsn-permanent.eml")).orElseThrow();

        assertThat(bounce.originalMessageId()).isEqualTo("ack-7f1e@council.example");
        assertThat(bounce.failedRecipient()).isEqualTo("no.such.person@example.org");
        assertThat(bounce.action()).isEqualTo("failed");
        assertThat(bounce.status()).isEqualTo("5.1.1");
        assertThat(bounce.diagnostic()).contains("Recipient address rejected: User unknown");
        assertThat(bounce.permanent()).isTrue();
    }

    @Test
    void delayIsTransientAndTheOriginalComesFromTheAttachedMessage() throws Exception {
        Bounce bounce = parser.parse(EmailFixtures.load("09-dsn-delayed.eml")).orElseThrow();

        assertThat(bounce.originalMessageId()).isEqualTo("reply-311-a@council.example");
        assertThat(bounce.failedRecipient()).isEqualTo("slow.server@example.net");
        assertThat(bounce.action()).isEqualTo("delayed");
        assertThat(bounce.status()).isEqualTo("4.4.7");
        assertThat(bounce.permanent()).isFalse();
    }

    @Test
    void ordinaryMailAndNonStandardBouncesAreNotDeliveryReports() throws Exception {
        assertThat(parser.parse(EmailFixtures.load("01-plain-text.eml"))).isEmpty();
        assertThat(parser.parse(EmailFixtures.load("22-mailer-daemon.eml"))).isEmpty();
    }

    @Test
    void statusClassDecidesWhenActionIsMissing() {
        assertThat(new Bounce(null, null, null, "5.2.2", null).permanent()).isTrue();
        assertThat(new Bounce(null, null, null, "4.2.2", null).permanent()).isFalse();
    }
}
