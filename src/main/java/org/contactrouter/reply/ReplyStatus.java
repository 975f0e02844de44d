package org.contactrouter.reply;

/** Where an outbound message is. */
public enum ReplyStatus {
    /** Queued for its channel; retried with back-off while the channel is down. */
    PENDING,
    /** The channel accepted it (or, for a callback, it was recorded). */
    SENT,
    /** The channel refused it for good (after all retries, or a permanent error); an officer must act. */
    FAILED
}
