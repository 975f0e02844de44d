package org.contactrouter.channel.phone;

/** What happened when an officer rang a citizen back about a phone case. */
public enum CallbackOutcome {
    REACHED("Spoke to the caller"),
    NO_ANSWER("No answer, no message left"),
    VOICEMAIL_LEFT("No answer, voicemail left");

    private final String description;

    CallbackOutcome(String description) {
        this.description = description;
    }

    /** A short phrase for case history and officer pages. */
    public String description() {
        return description;
    }

    /**
     * Whether this callback stops the response-time clock. Speaking to the caller does, and so does leaving a
     * voicemail: the council has responded and told the citizen how to get back in touch. A bare unanswered ring
     * leaves the citizen with nothing (perhaps a missed-call notice from an unknown number), so it does not count
     * and the case stays due.
     */
    public boolean countsAsResponse() {
        return this != NO_ANSWER;
    }
}
