package org.contactrouter.broker;

/**
 * One message of a batch taken from a queue by {@code jms-batch}: what a route needs of it, without the JMS session
 * it belongs to.
 *
 * @param messageId the broker's message id
 * @param queue     the queue it was taken from
 * @param text      its body; null when it is not a text message
 */
public record QueuedMessage(String messageId, String queue, String text) {
}
