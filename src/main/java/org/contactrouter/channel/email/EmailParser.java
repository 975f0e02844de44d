package org.contactrouter.channel.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.contactrouter.contact.AttachmentInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an inbound {@link MimeMessage} into a {@link ParsedEmail}: text from plain and HTML parts, forwarded
 * messages inlined, calendar invitations summarised, attachments stored or refused by the {@link AttachmentPolicy}.
 * Thread-safe: all per-message state lives in the call.
 */
public final class EmailParser {

    /** Parts without a file name of these types are read as text rather than stored as files. */
    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/html", "text/rfc822-headers",
            "message/delivery-status", "message/disposition-notification");

    /**
     * Most header lines read from one message. Real mail has tens (a long Received chain perhaps 200); thousands are
     * an attack on the parser and on officers' screens.
     */
    static final int MAX_HEADER_LINES = 1_000;

    private final AttachmentStore store;
    private final AttachmentPolicy policy;

    public EmailParser(AttachmentStore store, AttachmentPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    /**
     * Parses one message.
     *
     * @param message      the message as fetched
     * @param mailbox      the mailbox it was read from
     * @param internalDate the IMAP INTERNALDATE (when the council's server received it), or null
     * @param now          used as the received time when the message has neither INTERNALDATE nor Date
     * @throws RejectedEmailException when the message has too many header lines or cannot be read
     * @throws IOException when an attachment cannot be stored
     */
    public ParsedEmail parse(MimeMessage message, Mailbox mailbox, Instant internalDate, Instant now)
            throws MessagingException, IOException {
        int headerLines = Collections.list(message.getAllHeaderLines()).size();
        if (headerLines > MAX_HEADER_LINES) {
            throw new RejectedEmailException("too many header lines: " + headerLines + ", the limit is "
                    + MAX_HEADER_LINES, null);
        }
        Walk walk = new Walk();
        try {
            walk.visit(message, true);
        } catch (AttachmentNotStored e) {
            throw e.getCause(); // our disk, not the message: worth trying again
        } catch (MessagingException | IOException | RuntimeException e) {
            if (MailConnectionFailure.causedBy(e)) {
                throw e; // the connection, not the message: left unseen and read again at the next poll
            }
            // Jakarta Mail reads parts lazily, so a broken structure or encoding shows only now. Reading it again
            // would fail the same way: refuse it with the reason.
            throw new RejectedEmailException("unreadable message: " + e, e);
        }
        String body = walk.text.toString().strip();
        Optional<InternetAddress> from = firstAddress(message, "From").or(() -> firstAddress(message, "Sender"));
        return new ParsedEmail(
                mailbox,
                messageId(message),
                from.map(a -> a.getAddress().toLowerCase(Locale.ROOT)).orElse(null),
                from.map(InternetAddress::getPersonal).orElse(null),
                firstAddress(message, "Reply-To").map(InternetAddress::getAddress).orElse(null),
                decodedHeader(message, "Subject"),
                body,
                QuotedHistoryTrimmer.trim(body),
                walk.sanitisedHtml,
                receivedAt(message, internalDate, now),
                MessageIds.parseList(message.getHeader("In-Reply-To", " ")),
                MessageIds.parseList(message.getHeader("References", " ")),
                walk.attachments,
                walk.calendarSummaries,
                language(message));
    }

    /** The Message-ID without brackets, or a stable synthetic one for a message without. */
    static String messageId(MimeMessage message) throws MessagingException {
        String id = MessageIds.normalise(message.getHeader("Message-ID", null));
        return id != null ? id : MessageIds.synthesise(message.getAllHeaderLines());
    }

    private static Instant receivedAt(MimeMessage message, Instant internalDate, Instant now) throws MessagingException {
        if (internalDate != null) {
            return internalDate;
        }
        Date sent = message.getSentDate();
        return sent != null ? sent.toInstant() : now;
    }

    /** First address in a header, read leniently: real mail often has unquoted commas or dots in names. */
    private static Optional<InternetAddress> firstAddress(MimeMessage message, String header) {
        try {
            String value = message.getHeader(header, ",");
            if (value == null) {
                return Optional.empty();
            }
            for (Address address : InternetAddress.parseHeader(value, false)) {
                if (address instanceof InternetAddress internet && internet.getAddress() != null
                        && internet.getAddress().contains("@")) {
                    return Optional.of(internet);
                }
            }
        } catch (MessagingException unreadable) {
            // An unreadable address is treated as absent; the contact is then anonymous rather than lost.
        }
        return Optional.empty();
    }

    /** A header with RFC 2047 encoded words decoded; the raw text if it cannot be decoded. */
    private static String decodedHeader(MimeMessage message, String name) throws MessagingException {
        String raw = message.getHeader(name, null);
        if (raw == null) {
            return null;
        }
        String unfolded = MimeUtility.unfold(raw);
        try {
            return MimeUtility.decodeText(unfolded).strip();
        } catch (UnsupportedEncodingException e) {
            return unfolded.strip();
        }
    }

    private static String language(MimeMessage message) throws MessagingException {
        String value = message.getHeader("Content-Language", null);
        if (value == null) {
            return null;
        }
        String lang = value.strip().toLowerCase(Locale.ROOT);
        return lang.startsWith("cy") ? "cy" : lang.startsWith("en") ? "en" : null;
    }

    /** The walk over one message's MIME tree, collecting text and attachments. */
    private final class Walk {
        private final StringBuilder text = new StringBuilder();
        private final List<AttachmentInfo> attachments = new ArrayList<>();
        private final List<String> calendarSummaries = new ArrayList<>();
        private String sanitisedHtml;
        private int stored;
        private int unnamed;

        /**
         * @param wantText false inside an alternative that was not chosen: the same text in another form, so its
         *                 text is skipped, but any files in it are still recorded
         */
        void visit(Part part, boolean wantText) throws MessagingException, IOException {
            String type = PartText.baseType(part);
            if (type.startsWith("multipart/")) {
                visitMultipart((Multipart) part.getContent(), type, wantText);
            } else if (type.equals("message/rfc822") && part.getContent() instanceof MimeMessage forwarded) {
                if (wantText) {
                    appendText(forwardedHeading(forwarded));
                }
                visit(forwarded, wantText);
            } else if (type.equals("text/calendar")) {
                // Invitations often travel as an alternative to the text, so the summary is always noted.
                String summary = CalendarSummary.of(PartText.read(part));
                calendarSummaries.add(summary);
                appendText(summary);
                attachment(part, type);
            } else if (type.equals("text/html") && isInline(part)) {
                // Kept even when the plain alternative is the text: officers may want to see the layout.
                String html = PartText.read(part);
                if (sanitisedHtml == null) {
                    sanitisedHtml = HtmlToText.sanitise(html);
                }
                if (wantText) {
                    appendText(HtmlToText.toText(html));
                }
            } else if (TEXT_TYPES.contains(type) && isInline(part)) {
                if (wantText) {
                    appendText(PartText.read(part));
                }
            } else {
                attachment(part, type);
            }
        }

        private void visitMultipart(Multipart multipart, String type, boolean wantText)
                throws MessagingException, IOException {
            int chosen = switch (type) {
                case "multipart/alternative" -> preferredAlternative(multipart);
                // The first part of related content is the document; the rest are its images.
                case "multipart/related" -> 0;
                default -> -1;
            };
            for (int i = 0; i < multipart.getCount(); i++) {
                visit(multipart.getBodyPart(i), wantText && (chosen < 0 || i == chosen));
            }
        }

        /** Plain text is preferred: it is what the citizen typed, without layout noise. */
        private int preferredAlternative(Multipart alternative) throws MessagingException {
            for (int i = 0; i < alternative.getCount(); i++) {
                if (alternative.getBodyPart(i).isMimeType("text/plain")) {
                    return i;
                }
            }
            return alternative.getCount() - 1;
        }

        private void appendText(String value) {
            String trimmed = value.strip();
            if (trimmed.isEmpty()) {
                return;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(trimmed);
        }

        private String forwardedHeading(MimeMessage forwarded) throws MessagingException {
            StringBuilder heading = new StringBuilder("---------- Forwarded message ----------");
            for (String name : List.of("From", "Date", "Subject", "To")) {
                String value = decodedHeader(forwarded, name);
                if (value != null) {
                    heading.append('\n').append(name).append(": ").append(value);
                }
            }
            return heading.toString();
        }

        private void attachment(Part part, String type) throws MessagingException, IOException {
            String name = fileName(part, type);
            if (policy.refusedBeforeReading(type, stored)) {
                // Refused whatever it holds: left on the mail server rather than downloaded to be thrown away.
                long declared = DeclaredSize.of(part);
                attachments.add(new AttachmentInfo(name, type, declared, null,
                        policy.refusal(declared, true, type, stored).orElseThrow()));
                return;
            }
            try (InputStream in = part.getInputStream()) {
                // Read at most one byte past the limit, then only count the rest: a huge file never sits in memory.
                byte[] head = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
                long size = head.length + in.transferTo(OutputStream.nullOutputStream());
                Optional<String> refusal = policy.refusal(size, false, type, stored);
                if (refusal.isPresent()) {
                    attachments.add(new AttachmentInfo(name, type, size, null, refusal.get()));
                } else {
                    attachments.add(new AttachmentInfo(name, type, size, stored(name, type, head), null));
                    stored++;
                }
            }
        }

        private String stored(String name, String type, byte[] content) {
            try {
                return store.store(name, type, content);
            } catch (IOException e) {
                throw new AttachmentNotStored(e);
            }
        }

        private String fileName(Part part, String type) throws MessagingException {
            String name = part.getFileName();
            if (name != null && name.contains("=?")) {
                try {
                    name = MimeUtility.decodeText(name);
                } catch (UnsupportedEncodingException e) {
                    // keep the name as sent
                }
            }
            if (name != null) {
                // Some clients send the full local path; only the last segment is the name.
                name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
            }
            if (name == null || name.isEmpty()) {
                unnamed++;
                name = type.equals("text/calendar") ? "invite.ics" : "attachment-" + unnamed;
            }
            return name;
        }

        private boolean isInline(Part part) throws MessagingException {
            return !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName() == null;
        }
    }

    /** The attachment store failed: unlike a broken message, this is worth trying again. */
    private static final class AttachmentNotStored extends RuntimeException {
        AttachmentNotStored(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
