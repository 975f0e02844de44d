package org.contactrouter.reply;

/** What an outbound message is. */
public enum ReplyKind {
    /** Automatic: tells the citizen their contact arrived, with the reference and the response standard. */
    ACKNOWLEDGEMENT,
    /** An officer's answer. */
    REPLY,
    /**
     * Something the citizen must be told that is not the answer, such as a deadline extended and why: it meets no
     * response-time milestone and does not mark the case responded.
     */
    NOTICE,
    /** An officer's phone call back to the citizen, recorded with its outcome; nothing is sent. */
    CALLBACK
}
