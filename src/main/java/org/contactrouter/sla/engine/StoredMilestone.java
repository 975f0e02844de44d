package org.contactrouter.sla.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.contactrouter.sla.Milestone;
import org.contactrouter.sla.MilestoneClock;
import org.contactrouter.sla.Pause;
import org.contactrouter.sla.PauseHistory;
import org.contactrouter.sla.SlaDuration;

/**
 * One row of {@code sla_milestone}: the clock's facts, its stored deadline and which alerts were raised.
 *
 * @param caseType   the case type the clock was started (or last recomputed) under, or null
 * @param allowance  the allowance in force, an extension included
 * @param extendedBy what an officer extended the allowance by, or null
 * @param restarts   how many times an answer from the citizen started the clock again in full
 */
record StoredMilestone(long id, long caseId, Milestone milestone, String caseType, SlaDuration allowance,
                       SlaDuration extendedBy, int restarts, int warningPercent, Instant startedAt, Instant metAt,
                       Instant dueAt, Instant warningRaisedAt, Instant breachRaisedAt) {

    boolean isMet() {
        return metAt != null;
    }

    Optional<SlaDuration> extension() {
        return Optional.ofNullable(extendedBy);
    }

    boolean warningRaised() {
        return warningRaisedAt != null;
    }

    boolean breachRaised() {
        return breachRaisedAt != null;
    }

    /** The domain clock, with the case's pauses as this clock saw them. */
    MilestoneClock clock(List<Pause> casePauses) {
        return new MilestoneClock(milestone, allowance, warningPercent, startedAt,
                PauseHistory.forClock(casePauses, startedAt, metAt), metAt);
    }
}
