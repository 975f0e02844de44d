package org.contactrouter.channel.email;

import jakarta.mail.internet.MimeMessage;

/**
 * A composed message ready to send.
 *
 * @param message   the message; its Message-ID survives {@code saveChanges()} and sending
 * @param messageId its Message-ID without brackets, to record on the case so replies and bounces can be matched
 */
public record OutboundEmail(MimeMessage message, String messageId) {
}
