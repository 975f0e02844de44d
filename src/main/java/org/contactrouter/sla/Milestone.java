package org.contactrouter.sla;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The points in a case's life that a standard can time. */
public enum Milestone {
    /** The citizen is told we have their contact (may be automatic, i.e. immediate). */
    ACKNOWLEDGE("acknowledge-within"),
    /** The first real answer; for phone this is the call-back. */
    FIRST_RESPONSE("first-response-within"),
    /** An answer to the citizen's further message on an open case: a fresh clock starts at each such message. */
    NEXT_RESPONSE("next-response-within"),
    /** The case is closed. */
    RESOLVE("resolve-within");

    private final String configKey;

    Milestone(String configKey) {
        this.configKey = configKey;
    }

    /** The key used in {@code sla-standards.yml}, e.g. {@code first-response-within}. */
    public String configKey() {
        return configKey;
    }

    /** The milestone with this configuration key, if any. */
    public static Optional<Milestone> fromConfigKey(String key) {
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.configKey.equals(wanted)).findFirst();
    }
}
