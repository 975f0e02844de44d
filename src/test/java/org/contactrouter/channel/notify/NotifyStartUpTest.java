package org.contactrouter.channel.notify;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.contactrouter.ContactRouterApplication;
import org.contactrouter.TestDataDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * What sends through Notify is checked at start-up: an unknown email sender, Notify without its key, or letters
 * without their template stop it.
 */
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

    @Test
    void lettersWithoutTheirTemplateStopStartUpAndNameIt() {
        assertThatThrownBy(() -> start("--ccr.channels.post.enabled=true",
                "--ccr.channels.notify.api-key=council_live-" + UUID.randomUUID() + "-" + UUID.randomUUID()))
                .hasStackTraceContaining("The letter channel sends through GOV.UK Notify but its settings are"
                        + " incomplete")
                .hasStackTraceContaining("ccr.channels.notify.letter-templates.reply.en is missing");
    }

    private static void startEmailChannel(String sender) {
        start("--ccr.channels.email.enabled=true", "--ccr.channels.email.mailboxes[0].username=council", sender);
    }

    private static void start(String... settings) {
        String[] arguments = new String[settings.length + 2];
        arguments[0] = "--ccr.data-dir=" + TestDataDirectory.create("notify-config");
        arguments[1] = "--server.port=0";
        System.arraycopy(settings, 0, arguments, 2, settings.length);
        new SpringApplicationBuilder(ContactRouterApplication.class).run(arguments).close();
    }
}
