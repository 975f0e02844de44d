package org.contactrouter.channel.email;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.contactrouter.contact.Contact;
import org.contactrouter.intake.ContactGateway;

/**
 * Takes one message read from a council mailbox (routes/email.yaml): a bounce, and any other automated notice
 * (out-of-office, list mail), is recorded by {@link AutomatedMailRecorder}; mail from a person, and machine-written
 * mail that answers no case (a portal's notice, a partner's form), becomes a contact on the email inbound queue.
 * A contact from a machine, or from a sender who asked for no automatic reply, is marked not to be acknowledged.
 *
 * <p>Any exception leaves the message unseen in the mailbox: the route marks it seen only when this method
 * returns, that is once the contact is on the queue (or the automated mail is recorded). The next poll reads it
 * again; intake drops a contact it already holds (same Message-ID), so nothing is lost or doubled.
 */
public class EmailIntake {

    /** Contact attribute: "true" for machine-written mail that opened a case (never acknowledged), else "false". */
    public static final String AUTOMATED = "automated";
    /**
     * Contact attribute, present when the contact must not be acknowledged: why (the automated-mail rule, or the
     * sender's X-Auto-Response-Suppress).
     */
    public static final String NO_ACKNOWLEDGEMENT = "noAcknowledgement";

    private static final int PREVIEW_HEADER_LINES = 30;

    private final EmailChannelProperties settings;
    private final EmailParser parser;
    private final BounceParser bounces;
    private final AutomatedMailDetector detector;
    private final AutomatedMailRecorder recorder;
    private final ContactGateway gateway;
    private final Clock clock;

    public EmailIntake(EmailChannelProperties settings, EmailParser parser, BounceParser bounces,
                       AutomatedMailDetector detector, AutomatedMailRecorder recorder, ContactGateway gateway,
                       Clock clock) {
        this.settings = settings;
        this.parser = parser;
        this.bounces = bounces;
        this.detector = detector;
        this.recorder = recorder;
        this.gateway = gateway;
        this.clock = clock;
    }

    /**
     * @param mail        the message as fetched over IMAP
     * @param mailboxName the configured mailbox it was read from
     */
    public void receive(Message mail, String mailboxName) throws MessagingException, IOException {
        MimeMessage message = (MimeMessage) mail;
        Optional<Bounce> bounce = bounces.parse(message);
        if (bounce.isPresent()) {
            recorder.bounce(EmailParser.messageId(message), bounce.get());
            return;
        }
        Optional<AutomatedMail> automated = detector.detect(message);
        Set<String> conversation = conversationIds(message);
        if (automated.isPresent() && (!automated.get().reason().opensCase() || recorder.answersACase(conversation))) {
            recorder.automated(EmailParser.messageId(message), conversation, automated.get());
            return;
        }
        Mailbox mailbox = settings.mailboxOrDefault(mailboxName).mailbox();
        ParsedEmail email = parser.parse(message, mailbox, internalDate(message), clock.instant());
        Optional<String> suppressed = detector.autoReplySuppressed(message)
                .map(why -> "the sender asked for no automatic reply (" + why + ")");
        Optional<String> noAcknowledgement = automated.map(why -> "automated email " + why).or(() -> suppressed);
        gateway.submit(withIntakeAttributes(email.toContact(), automated.isPresent(), noAcknowledgement));
    }

    /** The first header lines of a refused message: what an administrator needs to recognise it. */
    public static String headerPreview(Message mail) throws MessagingException {
        List<String> lines = Collections.list(((MimeMessage) mail).getAllHeaderLines());
        return String.join("\n", lines.subList(0, Math.min(lines.size(), PREVIEW_HEADER_LINES)));
    }

    /** When the mailbox received the message (IMAP INTERNALDATE), not when the sender's clock says it was sent. */
    private static Instant internalDate(MimeMessage message) throws MessagingException {
        return message.getReceivedDate() == null ? null : message.getReceivedDate().toInstant();
    }

    private static Set<String> conversationIds(MimeMessage message) throws MessagingException {
        Set<String> ids = new LinkedHashSet<>(MessageIds.parseList(message.getHeader("References", " ")));
        ids.addAll(MessageIds.parseList(message.getHeader("In-Reply-To", " ")));
        return ids;
    }

    private static Contact withIntakeAttributes(Contact contact, boolean automated,
                                                Optional<String> noAcknowledgement) {
        Map<String, String> attributes = new LinkedHashMap<>(contact.attributes());
        attributes.put(AUTOMATED, String.valueOf(automated));
        noAcknowledgement.ifPresent(why -> attributes.put(NO_ACKNOWLEDGEMENT, why));
        return new Contact(contact.channel(), contact.source(), contact.channelMessageId(), contact.sender(),
                contact.receivedAt(), contact.subject(), contact.body(), contact.attachments(),
                contact.caseReferenceHint(), contact.conversationIds(), contact.proposedReference(),
                contact.serviceAreaHint(), contact.language(), attributes);
    }
}
