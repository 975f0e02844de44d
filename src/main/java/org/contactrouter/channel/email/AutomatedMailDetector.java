package org.contactrouter.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells mail written by a person from mail written by a machine, from headers alone. Used to decide whether to
 * send an acknowledgement: a message that is automated gets none.
 */
public final class AutomatedMailDetector {

    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list");
    private static final Set<String> SYSTEM_LOCAL_PARTS = Set.of("mailer-daemon", "postmaster");

    /** Why the message is automated, or empty when it looks like it came from a person. */
    public Optional<AutomatedMail> detect(MimeMessage message) throws MessagingException {
        String autoSubmitted = header(message, "Auto-Submitted");
        if (autoSubmitted != null && !firstToken(autoSubmitted).equals("no")) {
            return found(AutomatedMail.Reason.AUTO_SUBMITTED, "Auto-Submitted: " + autoSubmitted);
        }
        String returnPath = header(message, "Return-Path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return found(AutomatedMail.Reason.NULL_RETURN_PATH, "Return-Path: <>");
        }
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
        String suppress = header(message, "X-Auto-Response-Suppress");
        if (suppress != null) {
            return found(AutomatedMail.Reason.AUTO_RESPONSE_SUPPRESSED, "X-Auto-Response-Suppress: " + suppress);
        }
        return systemSender(header(message, "From"));
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
