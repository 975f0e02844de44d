package org.contactrouter.channel.email;

/**
 * Why a message was judged to be sent by a machine rather than a person. Such messages still become contacts but
 * get no acknowledgement, so two auto-responders can never answer each other for ever.
 *
 * @param reason which rule matched
 * @param detail the header or value that matched, for logs and the officer's view
 */
public record AutomatedMail(Reason reason, String detail) {

    /** The rules, in the order they are checked. */
    public enum Reason {
        /** Auto-Submitted other than "no" (RFC 3834): out-of-office, auto-replies, generated notices. */
        AUTO_SUBMITTED,
        /** Empty Return-Path "&lt;&gt;": bounces and other notifications that must not be answered (RFC 5321). */
        NULL_RETURN_PATH,
        /** A delivery status report (multipart/report). */
        DELIVERY_REPORT,
        /** Precedence bulk, junk or list. */
        BULK_PRECEDENCE,
        /** List-Id or List-Unsubscribe: sent through a mailing list. */
        MAILING_LIST,
        /** X-Auto-Response-Suppress: the sender (often Exchange) asks not to be auto-answered. */
        AUTO_RESPONSE_SUPPRESSED,
        /** From mailer-daemon or postmaster. */
        SYSTEM_SENDER
    }

    @Override
    public String toString() {
        return reason + " (" + detail + ")";
    }
}
