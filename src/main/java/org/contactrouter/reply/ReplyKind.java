package org.contactrouter.reply;

/** What an outbound message is. */
public enum ReplyKind {
    /** Automatic: tells the citizen their contact arrived, with the reference and the response standard. */
    ACKNOWLEDGEMENT,
    /** An officer's answer. */
    REPLY,
    /** An officer's phone call back to the citizen, recorded with its outcome; nothing is sent. */
    CALLBACK
}
