package org.contactrouter.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The pauses of a case (spans it waited for the citizen) as seen by one of its clocks. A case pauses all its clocks
 * at once, so pauses are stored per case; a clock counts only the part of each pause between its own start and the
 * moment it was met.
 */
public final class PauseHistory {

    private PauseHistory() {
    }

    /**
     * @param casePauses the case's pauses in order; only the last may be open
     * @param startedAt  when the clock started
     * @param metAt      when it was met, or null
     * @return the pauses for {@link MilestoneClock}: clipped to [startedAt, metAt], open only if the clock is unmet
     */
    public static List<Pause> forClock(List<Pause> casePauses, Instant startedAt, Instant metAt) {
        List<Pause> clipped = new ArrayList<>();
        for (Pause pause : casePauses) {
            Instant from = pause.from().isBefore(startedAt) ? startedAt : pause.from();
            Instant until = pause.until();
            if (metAt != null && (until == null || until.isAfter(metAt))) {
                until = metAt;
            }
            boolean endsBeforeStart = until != null && !until.isAfter(startedAt);
            boolean startsAfterMet = metAt != null && !from.isBefore(metAt);
            if (!endsBeforeStart && !startsAfterMet) {
                clipped.add(new Pause(from, until));
            }
        }
        return clipped;
    }
}
