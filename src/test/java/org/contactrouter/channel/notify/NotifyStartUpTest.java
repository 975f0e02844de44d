package org.contactrouter.channel.notify;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.contactrouter.ContactRouterApplication;
import org.contactrouter.TestDataDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The email channel's sender is checked at start-up: an unknown one, or Notify without its key, stops it. */
class NotifyStartUpTest {

    @Test
    void anUnknownSenderStopsStartUpAndSaysWhichAreKnown() {
        assertThatThrownBy(() -> startEmailChannel("--ccr.channels.email.sender=sendgrid"))
                .hasStackTraceContaining("ccr.channels.email.sender must be smtp or notify, not sendgrid");
    }

    @Test
    void notifyWithoutItsApiKeyStopsStartUpAndNamesTheVariable() {
        assertThatThrownBy(() -> startEmailChannel("--ccr.channels.email.sender=notify"))
                .hasStackTraceContaining("The email channel sends through GOV.UK Notify but its settings are"
                        + " incomplete")
                .hasStackTraceContaining("CCR_NOTIFY_API_KEY (ccr.channels.notify.api-key) must be set")
                .hasStackTraceContaining("ccr.channels.notify.email-templates.reply.en is missing");
    }

    private static void startEmailChannel(String sender) {
        new SpringApplicationBuilder(ContactRouterApplication.class)
                .run("--ccr.data-dir=" + TestDataDirectory.create("notify-config"), "--server.port=0",
                        "--ccr.channels.email.enabled=true", "--ccr.channels.email.mailboxes[0].username=council",
                        sender)
                .close();
    }
}
