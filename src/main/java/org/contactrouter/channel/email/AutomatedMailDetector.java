package org.contactrouter.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells mail written by a person from mail written by a machine, from headers alone. Used to decide whether a
 * message opens a case and whether it is acknowledged: a message that is automated never is.
 */
public final class AutomatedMailDetector {

    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list");
    private static final Set<String> SYSTEM_LOCAL_PARTS = Set.of("mailer-daemon", "postmaster");
    /** Set by autoresponders that predate RFC 3834 (vacation programs, some hosted mail). */
    private static final List<String> AUTO_REPLY_HEADERS = List.of("X-Autoreply", "X-Autorespond");

    /** Why the message is automated, or empty when it looks like it came from a person. */
    public Optional<AutomatedMail> detect(MimeMessage message) throws MessagingException {
        if (message.isMimeType("multipart/report")) {
            return found(AutomatedMail.Reason.DELIVERY_REPORT, "Content-Type: multipart/report");
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && BULK_PRECEDENCE.contains(firstToken(precedence))) {
            return found(AutomatedMail.Reason.BULK_PRECEDENCE, "Precedence: " + precedence);
        }
        for (String listHeader : new String[] {"List-Id", "List-Unsubscribe"}) {
            if (header(message, listHeader) != null) {
                return found(AutomatedMail.Reason.MAILING_LIST, listHeader);
            }
        }
        String autoSubmitted = header(message, "Auto-Submitted");
        String autoSubmittedKind = autoSubmitted == null ? "no" : firstToken(autoSubmitted);
        if (autoSubmittedKind.equals("auto-replied")) {
            return found(AutomatedMail.Reason.AUTO_REPLY, "Auto-Submitted: " + autoSubmitted);
        }
        for (String autoReplyHeader : AUTO_REPLY_HEADERS) {
            String value = header(message, autoReplyHeader);
            if (value != null) {
                return found(AutomatedMail.Reason.AUTO_REPLY, autoReplyHeader + ": " + value);
            }
        }
        Optional<AutomatedMail> system = systemSender(header(message, "From"));
        if (system.isPresent()) {
            return system;
        }
        if (!autoSubmittedKind.equals("no")) {
            return found(AutomatedMail.Reason.AUTO_GENERATED, "Auto-Submitted: " + autoSubmitted);
        }
        String returnPath = header(message, "Return-Path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return found(AutomatedMail.Reason.NULL_RETURN_PATH, "Return-Path: <>");
        }
        return Optional.empty();
    }

    /**
     * The sender's request not to be answered automatically (X-Auto-Response-Suppress, set by Exchange and Outlook
     * on much mail a person wrote), or empty. Such mail is genuine: it opens a case, but is not acknowledged.
     */
    public Optional<String> autoReplySuppressed(MimeMessage message) throws MessagingException {
        return Optional.ofNullable(header(message, "X-Auto-Response-Suppress"))
                .map(value -> "X-Auto-Response-Suppress: " + value);
    }

    private static Optional<AutomatedMail> systemSender(String from) {
        if (from == null) {
            return Optional.empty();
        }
        String lower = from.toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        int start = Math.max(lower.lastIndexOf('<', at), lower.lastIndexOf(' ', at)) + 1;
        String localPart = lower.substring(start, at).replace("\"", "");
        return SYSTEM_LOCAL_PARTS.contains(localPart)
                ? found(AutomatedMail.Reason.SYSTEM_SENDER, "From: " + localPart)
                : Optional.empty();
    }

    private static Optional<AutomatedMail> found(AutomatedMail.Reason reason, String detail) {
        return Optional.of(new AutomatedMail(reason, detail));
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, ",");
        return value == null ? null : value.strip();
    }

    /** The keyword before any parameters or comments: "auto-replied; owner-email=..." gives "auto-replied". */
    private static String firstToken(String value) {
        String lower = value.toLowerCase(Locale.ROOT).strip();
        int end = 0;
        while (end < lower.length() && (Character.isLetterOrDigit(lower.charAt(end)) || lower.charAt(end) == '-')) {
            end++;
        }
        return lower.substring(0, end);
    }
}
