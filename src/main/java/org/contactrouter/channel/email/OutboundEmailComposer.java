package org.contactrouter.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import org.contactrouter.caseload.CaseReference;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the emails the council sends: acknowledgements and officer replies. Both are plain text with an HTML
 * alternative, carry the case reference in the subject as "[CR-2026-000123]" so the citizen's answer finds its case,
 * and continue the citizen's thread with In-Reply-To and References.
 */
public final class OutboundEmailComposer {

    private static final Set<String> ACKNOWLEDGEMENT_PLACEHOLDERS =
            Set.of("reference", "citizenName", "standard", "subject", "councilName");
    private static final Set<String> REPLY_PLACEHOLDERS =
            Set.of("reference", "citizenName", "replyText", "officerName", "councilName");
    private static final Pattern REPLY_PREFIXES = Pattern.compile("^((re|fw|fwd|ateb)\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private final EmailTemplates templates;
    private final EmailWording wording;
    private final Session session;
    private final String councilName;
    private final String messageIdDomain;
    private final Clock clock;

    /**
     * @param templates       the wording; checked now for placeholders this composer cannot fill
     * @param session         the mail session the messages are created in
     * @param councilName     the council's name as shown to citizens
     * @param messageIdDomain the domain in generated Message-IDs, normally the council's mail domain
     * @param clock           the source of the Date header
     */
    public OutboundEmailComposer(EmailTemplates templates, Session session, String councilName,
                                 String messageIdDomain, Clock clock) {
        this(templates, session, councilName, messageIdDomain, clock, EmailWording.ENGLISH);
    }

    /** @param wording the greeting and subject words in the templates' language */
    public OutboundEmailComposer(EmailTemplates templates, Session session, String councilName,
                                 String messageIdDomain, Clock clock, EmailWording wording) {
        this.wording = Objects.requireNonNull(wording, "wording");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.session = Objects.requireNonNull(session, "session");
        this.councilName = Objects.requireNonNull(councilName, "councilName");
        this.messageIdDomain = Objects.requireNonNull(messageIdDomain, "messageIdDomain");
        this.clock = Objects.requireNonNull(clock, "clock");
        requireOnly(templates.acknowledgementText(), ACKNOWLEDGEMENT_PLACEHOLDERS);
        requireOnly(templates.acknowledgementHtml(), ACKNOWLEDGEMENT_PLACEHOLDERS);
        requireOnly(templates.replyText(), REPLY_PLACEHOLDERS);
        requireOnly(templates.replyHtml(), REPLY_PLACEHOLDERS);
    }

    /**
     * The automatic acknowledgement of a citizen's email. Marked {@code Auto-Submitted: auto-replied} (RFC 3834)
     * and {@code X-Auto-Response-Suppress: All} so that other auto-responders do not answer it.
     *
     * @param from      the council mailbox it is sent from
     * @param thread    the citizen's message being acknowledged
     * @param reference the case it was filed under
     * @param standard  the response standard in plain words, e.g. "We aim to respond within 3 working days."
     */
    public OutboundEmail acknowledgement(InternetAddress from, ThreadContext thread, CaseReference reference,
                                         String standard) throws MessagingException {
        Map<String, String> values = commonValues(thread, reference);
        values.put("standard", standard);
        values.put("subject", thread.subject() == null ? "" : thread.subject());
        OutboundEmail email = compose(from, thread, reference,
                templates.acknowledgementText().render(values), templates.acknowledgementHtml().render(values));
        email.message().setHeader("Auto-Submitted", "auto-replied");
        email.message().setHeader("X-Auto-Response-Suppress", "All");
        email.message().saveChanges();
        return email;
    }

    /**
     * An officer's answer to a citizen.
     *
     * @param from        the council mailbox it is sent from
     * @param thread      the citizen's message being answered
     * @param reference   the case
     * @param officerName who signs it
     * @param replyText   what the officer wrote, plain text; line breaks are kept in the HTML version
     */
    public OutboundEmail officerReply(InternetAddress from, ThreadContext thread, CaseReference reference,
                                      String officerName, String replyText) throws MessagingException {
        Map<String, String> values = commonValues(thread, reference);
        values.put("officerName", officerName);
        values.put("replyText", replyText);
        OutboundEmail email = compose(from, thread, reference,
                templates.replyText().render(values), templates.replyHtml().render(values));
        email.message().saveChanges();
        return email;
    }

    /**
     * "[CR-2026-000123] Re: Missed bin" ("Ateb:" in Welsh), without piling up "Re:" prefixes or repeating the
     * reference.
     */
    public static String subject(String original, CaseReference reference, EmailWording wording) {
        String tag = "[" + reference + "]";
        String tagPattern = "(?i)\\[\\s*" + Pattern.quote(reference.toString()) + "\\s*]";
        String rest = original == null ? "" : original.replaceAll(tagPattern, " ");
        rest = REPLY_PREFIXES.matcher(rest.strip()).replaceFirst("").replaceAll("\\s+", " ").strip();
        return rest.isEmpty() ? tag + " " + wording.noSubject() : tag + " " + wording.replyPrefix() + " " + rest;
    }

    private Map<String, String> commonValues(ThreadContext thread, CaseReference reference) {
        Map<String, String> values = new HashMap<>();
        values.put("reference", reference.toString());
        values.put("citizenName", thread.citizenName() == null || thread.citizenName().isBlank()
                ? wording.unknownName() : thread.citizenName().strip());
        values.put("councilName", councilName);
        return values;
    }

    private OutboundEmail compose(InternetAddress from, ThreadContext thread, CaseReference reference,
                                  String text, String html) throws MessagingException {
        String messageId = MessageIds.generate(messageIdDomain);
        MimeMessage message = new FixedIdMimeMessage(session, messageId);
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, thread.recipient());
        message.setSubject(subject(thread.subject(), reference, wording), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        if (thread.inReplyTo() != null) {
            message.setHeader("In-Reply-To", MessageIds.bracketed(thread.inReplyTo()));
        }
        if (!thread.references().isEmpty()) {
            message.setHeader("References",
                    MimeUtility.fold("References: ".length(), MessageIds.headerList(thread.references())));
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart(text, "plain"));
        alternative.addBodyPart(textPart(html, "html"));
        message.setContent(alternative);
        return new OutboundEmail(message, messageId);
    }

    private static MimeBodyPart textPart(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, "UTF-8", subtype);
        return part;
    }

    private static void requireOnly(Template template, Set<String> known) {
        for (String placeholder : template.placeholders()) {
            if (!known.contains(placeholder)) {
                throw new IllegalArgumentException("template uses unknown placeholder ${" + placeholder
                        + "}; known: " + known);
            }
        }
    }

    /**
     * Jakarta Mail replaces the Message-ID on every {@code saveChanges()}, including the one inside
     * {@code Transport.send}; this keeps the id the composer chose and recorded.
     */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", MessageIds.bracketed(messageId));
        }
    }
}
