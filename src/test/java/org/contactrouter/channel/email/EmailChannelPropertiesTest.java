package org.contactrouter.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EmailChannelPropertiesTest {

    private static final EmailChannelProperties.Smtp SMTP =
            new EmailChannelProperties.Smtp("smtp.council.example", 587, null, null, true, null);
    private static final EmailChannelProperties.Attachments ATTACHMENTS =
            new EmailChannelProperties.Attachments(Path.of("data/attachments"), 1024, 3, Set.of("application/pdf"));
    private static final EmailChannelProperties.Acknowledgements ACKNOWLEDGEMENTS =
            new EmailChannelProperties.Acknowledgements(3, Duration.ofHours(1), Map.of("email", "Within 3 days."));

    @Test
    void aDisabledChannelNeedsNothing() {
        EmailChannelProperties settings = new EmailChannelProperties(false, null, null, null, null, null, null, null);

        assertThat(settings.mailboxes()).isEmpty();
    }

    @Test
    void anEnabledChannelReportsEveryMissingSettingByItsKey() {
        var noHost = new EmailChannelProperties.MailboxSettings("Waste Team", "pop3", " ", 0, null, null, null,
                "not an address", null, null, null);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EmailChannelProperties(true, List.of(noHost), null, "", "council.example",
                        Path.of("config/templates/email"), ATTACHMENTS,
                        new EmailChannelProperties.Acknowledgements(0, Duration.ZERO, Map.of())))
                .withMessageContaining("ccr.channels.email.mailboxes[0].name must be lower-case")
                .withMessageContaining("ccr.channels.email.mailboxes[0].protocol must be imap or imaps, not pop3")
                .withMessageContaining("ccr.channels.email.mailboxes[0].host is missing")
                .withMessageContaining("ccr.channels.email.mailboxes[0].port must be a port number")
                .withMessageContaining("ccr.channels.email.mailboxes[0].username is missing")
                .withMessageContaining("ccr.channels.email.mailboxes[0].address must be an email address")
                .withMessageContaining("ccr.channels.email.smtp is missing")
                .withMessageContaining("ccr.channels.email.council-name is missing")
                .withMessageContaining("ccr.channels.email.acknowledgements.max-per-sender must be at least 1")
                .withMessageContaining("ccr.channels.email.acknowledgements.window must be positive")
                .withMessageContaining("ccr.channels.email.acknowledgements.standard.email is missing");
    }

    @Test
    void mailboxDefaultsAndLookUp() {
        var waste = mailbox("waste");
        var general = mailbox("general");
        EmailChannelProperties settings = new EmailChannelProperties(true, List.of(waste, general), SMTP, "Council",
                "council.example", Path.of("t"), ATTACHMENTS, ACKNOWLEDGEMENTS);

        assertThat(waste.folder()).isEqualTo("INBOX");
        assertThat(waste.pollDelay()).isEqualTo(Duration.ofSeconds(60));
        assertThat(waste.mailbox().defaultServiceArea()).isNull();
        assertThat(settings.mailboxOrDefault("general")).isSameAs(general);
        assertThat(settings.mailboxOrDefault("web-form")).as("web contacts are answered from the first mailbox")
                .isSameAs(waste);
    }

    @Test
    void aMailboxNameMayBeUsedOnce() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EmailChannelProperties(true, List.of(mailbox("waste"), mailbox("waste")), SMTP,
                        "Council", "council.example", Path.of("t"), ATTACHMENTS, ACKNOWLEDGEMENTS))
                .withMessageContaining("mailboxes[1].name \"waste\" is used twice");
    }

    private static EmailChannelProperties.MailboxSettings mailbox(String name) {
        return new EmailChannelProperties.MailboxSettings(name, "imaps", "imap.council.example", 993, "user", "pw",
                null, name + "@council.example", "Council", " ", null);
    }
}
