package org.contactrouter.channel.phone;

import java.util.Locale;
import java.util.Optional;

/** How an inbound call ended, as far as the council is concerned. */
public enum CallOutcome {
    /** Nobody answered: no answer, busy, failed, or the caller gave up waiting in the queue. */
    MISSED,
    /** The caller left a voicemail. */
    VOICEMAIL,
    /** The caller asked to be called back (e.g. pressed a key in the queue, or an agent logged the request). */
    CALLBACK_REQUESTED,
    /** An officer answered; whether anything still needs doing is not known from the call alone. */
    ANSWERED,
    /** An officer answered and dealt with the matter during the call. */
    RESOLVED;

    /**
     * Reads an outcome as written in the council layout or the JSON API: the constant name, any case, spaces or
     * hyphens allowed for underscores ({@code "callback requested"}).
     */
    public static Optional<CallOutcome> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String name = code.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (CallOutcome outcome : values()) {
            if (outcome.name().equals(name)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}
