package org.contactrouter.intake;

import org.contactrouter.broker.QueuedMessage;

/**
 * A message intake could not turn into (part of) a case, bound for the dead-letter queue.
 *
 * @param messageId the broker's id of the message
 * @param queue     the inbound queue it came from, so that an administrator can replay it there
 * @param text      the message as received
 * @param cause     why, for the administrator: the exception's class and message
 */
public record RejectedContact(String messageId, String queue, String text, String cause) {

    static RejectedContact of(QueuedMessage message, Exception cause) {
        return new RejectedContact(message.messageId(), message.queue(), message.text(),
                cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }
}
