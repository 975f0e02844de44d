package org.contactrouter.channel.email;

/**
 * A delivery status notification about a message the council sent.
 *
 * @param originalMessageId the Message-ID of the message that could not be delivered, without brackets, or null
 *                          when the report does not include it
 * @param failedRecipient   the address that could not be reached, or null
 * @param action            the DSN Action: failed, delayed, delivered, relayed or expanded
 * @param status            the DSN Status code, e.g. "5.1.1", or null
 * @param diagnostic        the receiving server's explanation, or null
 */
public record Bounce(String originalMessageId, String failedRecipient, String action, String status,
                     String diagnostic) {

    /** True when retrying will not help (Action failed or a 5.x.x status): the address should be flagged. */
    public boolean permanent() {
        return "failed".equalsIgnoreCase(action) || status != null && status.startsWith("5");
    }
}
