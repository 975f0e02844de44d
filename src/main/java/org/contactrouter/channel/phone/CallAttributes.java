package org.contactrouter.channel.phone;

/** The attributes a call's contact carries, read by intake, the case page and reports. */
public final class CallAttributes {

    public static final String OUTCOME = "outcome";
    public static final String QUEUE = "queue";
    public static final String DURATION_SECONDS = "durationSeconds";
    /** Where the recording is (the voicemail box and message, or the council's own reference). */
    public static final String VOICEMAIL_REFERENCE = "voicemailReference";
    public static final String NOTES = "notes";
    public static final String CALLER_WITHHELD = "callerWithheld";

    private CallAttributes() {
    }
}
