package org.contactrouter.sla;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A span during which a milestone clock was stopped because the case was waiting for the citizen.
 *
 * @param from  when the case started waiting
 * @param until when the citizen replied; null while still waiting
 */
public record Pause(Instant from, Instant until) {

    public Pause {
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("pause ends " + until + " before it starts " + from);
        }
    }

    public boolean isOpen() {
        return until == null;
    }

    /** The end, or {@code now} for a pause still open. */
    Instant endOr(Instant now) {
        return Optional.ofNullable(until).orElse(now.isBefore(from) ? from : now);
    }
}
