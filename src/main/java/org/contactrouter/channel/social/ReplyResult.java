package org.contactrouter.channel.social;

import java.util.Objects;

/**
 * A reply the network accepted.
 *
 * @param messageId the network's id of the posted reply or direct message, to record on the case
 */
public record ReplyResult(String messageId) {

    public ReplyResult {
        Objects.requireNonNull(messageId, "messageId");
    }
}
