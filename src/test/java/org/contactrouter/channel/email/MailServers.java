package org.contactrouter.channel.email;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.contactrouter.FreePort;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real mail servers for the email channel tests: the council's IMAP server holding its mailbox, and a separate
 * SMTP server the application sends through (the "relay", whose received mail stands for the citizens'
 * mailboxes). The relay listens on a fixed port so that it can be stopped and started again as an outage.
 */
final class MailServers {

    static final String MAILBOX_ADDRESS = "council@council.example";
    static final String MAILBOX_LOGIN = "council";
    static final String MAILBOX_PASSWORD = "mailbox-secret";

    private final GreenMail imap = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
    private final int relayPort = FreePort.pick();
    private final GreenMailUser council;
    private GreenMail relay;

    MailServers() {
        imap.start();
        council = imap.setUser(MAILBOX_ADDRESS, MAILBOX_LOGIN, MAILBOX_PASSWORD);
        startRelay();
    }

    /**
     * Points the application's email channel at these servers: one IMAP mailbox, "general", polled every 200 ms, and
     * the relay for sending, without STARTTLS.
     */
    void registerEmailChannel(DynamicPropertyRegistry registry) {
        String mailbox = "ccr.channels.email.mailboxes[0].";
        registry.add("ccr.channels.email.enabled", () -> "true");
        registry.add(mailbox + "name", () -> "general");
        registry.add(mailbox + "protocol", () -> "imap");
        registry.add(mailbox + "host", () -> "127.0.0.1");
        registry.add(mailbox + "port", this::imapPort);
        registry.add(mailbox + "username", () -> MAILBOX_LOGIN);
        registry.add(mailbox + "password", () -> MAILBOX_PASSWORD);
        registry.add(mailbox + "address", () -> MAILBOX_ADDRESS);
        registry.add(mailbox + "poll-delay", () -> "200ms");
        registry.add("ccr.channels.email.smtp.host", () -> "127.0.0.1");
        registry.add("ccr.channels.email.smtp.port", this::relayPort);
        registry.add("ccr.channels.email.smtp.starttls", () -> "false");
    }

    int imapPort() {
        return imap.getImap().getPort();
    }

    int relayPort() {
        return relayPort;
    }

    /** Puts a message, raw as a mail client would send it, into the council mailbox, unseen. */
    MimeMessage deliver(String raw) {
        try {
            MimeMessage message = new MimeMessage(EmailFixtures.SESSION,
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            council.deliver(message);
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the message with this Message-ID is in the council mailbox and marked seen. */
    Optional<Boolean> seen(String messageId) {
        return mailboxMessages().stream().filter(m -> messageId.equals(messageIdOf(m.getMimeMessage())))
                .findFirst().map(m -> m.isSet(Flags.Flag.SEEN));
    }

    boolean allSeen() {
        return mailboxMessages().stream().allMatch(m -> m.isSet(Flags.Flag.SEEN));
    }

    /** Everything the relay received for this address so far. */
    List<MimeMessage> sentTo(String address) {
        return Arrays.stream(relay.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    void stopRelay() {
        relay.stop();
    }

    /** A new relay on the same port: what it received before is gone, as after a mail server restart. */
    void startRelay() {
        relay = new GreenMail(new ServerSetup(relayPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        relay.start();
    }

    void stop() {
        relay.stop();
        imap.stop();
    }

    static String messageIdOf(MimeMessage message) {
        try {
            return MessageIds.normalise(message.getHeader("Message-ID", null));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<StoredMessage> mailboxMessages() {
        try {
            return imap.getManagers().getImapHostManager().getInbox(council).getMessages();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().toLowerCase().contains(address.toLowerCase()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
