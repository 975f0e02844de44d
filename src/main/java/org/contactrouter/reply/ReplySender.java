package org.contactrouter.reply;

import org.contactrouter.contact.Channel;

/**
 * Sends replies out on one channel. One implementation per channel (email over SMTP, social networks); phone
 * callbacks are recorded, not sent, and need none.
 */
public interface ReplySender {

    Channel channel();

    /**
     * Sends the reply and returns the id the channel gave it (Message-ID, post id), so that an answer to it threads
     * back into the case. Throws when the channel is unavailable: the reply stays on its queue and is retried.
     * Throw {@link PermanentDeliveryFailure} when retrying cannot help.
     */
    String send(OutboundReply reply) throws Exception;

    /** A failure no retry can mend (address refused, post deleted): the reply is marked FAILED at once. */
    class PermanentDeliveryFailure extends Exception {
        public PermanentDeliveryFailure(String message) {
            super(message);
        }
    }
}
