package org.contactrouter.channel.email;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads delivery status notifications (RFC 3464: multipart/report; report-type=delivery-status) so that a failed
 * acknowledgement or reply can be traced back to the case it belonged to.
 */
public final class BounceParser {

    /** The bounce, or empty when the message is not a delivery status notification. */
    public Optional<Bounce> parse(MimeMessage message) throws MessagingException, IOException {
        if (!isDeliveryReport(message)) {
            return Optional.empty();
        }
        Multipart report = (Multipart) message.getContent();
        List<InternetHeaders> recipients = List.of();
        String originalMessageId = null;
        for (int i = 0; i < report.getCount(); i++) {
            BodyPart part = report.getBodyPart(i);
            if (part.isMimeType("message/delivery-status")) {
                recipients = recipientBlocks(readAll(part));
            } else if (part.isMimeType("text/rfc822-headers")) {
                try (InputStream in = part.getInputStream()) {
                    originalMessageId = MessageIds.normalise(new InternetHeaders(in).getHeader("Message-ID", null));
                }
            } else if (part.isMimeType("message/rfc822") && part.getContent() instanceof MimeMessage original) {
                originalMessageId = MessageIds.normalise(original.getHeader("Message-ID", null));
            }
        }
        InternetHeaders recipient = worst(recipients);
        return Optional.of(new Bounce(
                originalMessageId,
                recipient == null ? null : address(recipient),
                recipient == null ? null : field(recipient, "Action"),
                recipient == null ? null : firstWord(field(recipient, "Status")),
                recipient == null ? null : field(recipient, "Diagnostic-Code")));
    }

    private static boolean isDeliveryReport(MimeMessage message) throws MessagingException {
        if (!message.isMimeType("multipart/report")) {
            return false;
        }
        String reportType = new ContentType(message.getContentType()).getParameter("report-type");
        return "delivery-status".equalsIgnoreCase(reportType);
    }

    /**
     * A delivery-status body is a block of per-message fields followed by one block per recipient, separated by
     * blank lines (RFC 3464 section 2.1).
     */
    private static List<InternetHeaders> recipientBlocks(String deliveryStatus) throws MessagingException {
        String[] blocks = deliveryStatus.strip().split("\\r?\\n\\s*\\r?\\n");
        List<InternetHeaders> recipients = new ArrayList<>();
        for (int i = 1; i < blocks.length; i++) {
            recipients.add(new InternetHeaders(
                    new ByteArrayInputStream((blocks[i] + "\r\n\r\n").getBytes(StandardCharsets.UTF_8))));
        }
        return recipients;
    }

    /** The recipient that failed outright if there is one, otherwise the first reported. */
    private static InternetHeaders worst(List<InternetHeaders> recipients) {
        return recipients.stream()
                .filter(r -> "failed".equalsIgnoreCase(field(r, "Action")))
                .findFirst()
                .orElse(recipients.isEmpty() ? null : recipients.get(0));
    }

    /** "rfc822; jo@example.org" gives "jo@example.org". */
    private static String address(InternetHeaders recipient) {
        String value = field(recipient, "Final-Recipient");
        if (value == null) {
            value = field(recipient, "Original-Recipient");
        }
        if (value == null) {
            return null;
        }
        int semicolon = value.indexOf(';');
        return value.substring(semicolon + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static String field(InternetHeaders headers, String name) {
        String value = headers.getHeader(name, " ");
        return value == null ? null : value.replaceAll("\\s+", " ").strip();
    }

    /** A Status may carry a comment after the code: "5.1.1 (bad destination mailbox)". */
    private static String firstWord(String value) {
        return value == null ? null : value.split(" ")[0];
    }

    private static String readAll(BodyPart part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
