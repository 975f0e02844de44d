package org.contactrouter.contact;

import java.util.Locale;

/** The ways a citizen can reach the council. Each has its own inbound queue and response-time standard. */
public enum Channel {
    PHONE, EMAIL, WEB, SOCIAL, SMS, POST;

    /** Lower-case name used in queue names, configuration keys and URLs. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The web page (or API answer) gives the citizen the case reference at once: that is the acknowledgement. */
    public boolean acknowledgesOnReceipt() {
        return this == WEB;
    }

    /**
     * A text message carries nothing saying which message it answers: the conversation is the citizen's number, so a
     * text from someone with an open text-message case joins it.
     */
    public boolean threadsBySender() {
        return this == SMS;
    }

    public static Channel fromKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
