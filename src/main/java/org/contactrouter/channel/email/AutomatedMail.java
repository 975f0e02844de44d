package org.contactrouter.channel.email;

/**
 * Why a message was judged to be sent by a machine rather than a person. None is ever acknowledged, so two
 * auto-responders can never answer each other for ever. Notices (out-of-office, list mail, reports) are noted on
 * the case they answer; machine-written mail that may still need the council's attention opens a case.
 *
 * @param reason which rule matched
 * @param detail the header or value that matched, for logs and the officer's view
 */
public record AutomatedMail(Reason reason, String detail) {

    /** The rules, in the order they are checked. */
    public enum Reason {
        /** A delivery status or disposition report (multipart/report) that is not a bounce of the council's mail. */
        DELIVERY_REPORT(false),
        /** Precedence bulk, junk or list. */
        BULK_PRECEDENCE(false),
        /** List-Id or List-Unsubscribe: sent through a mailing list. */
        MAILING_LIST(false),
        /** Out-of-office and other automatic replies: Auto-Submitted auto-replied (RFC 3834), X-Autoreply, X-Autorespond. */
        AUTO_REPLY(false),
        /** From mailer-daemon or postmaster. */
        SYSTEM_SENDER(false),
        /**
         * Auto-Submitted auto-generated (or another value than "no" or "auto-replied"): a portal's notice, a partner
         * system's form. A person may still need an answer, so it opens a case, unacknowledged.
         */
        AUTO_GENERATED(true),
        /** Empty Return-Path "&lt;&gt;" on mail that is none of the above: treated as {@link #AUTO_GENERATED}. */
        NULL_RETURN_PATH(true);

        private final boolean opensCase;

        Reason(boolean opensCase) {
            this.opensCase = opensCase;
        }

        /** Whether such mail opens a case (without acknowledgement) when it answers none. */
        public boolean opensCase() {
            return opensCase;
        }
    }

    @Override
    public String toString() {
        return reason + " (" + detail + ")";
    }
}
