package org.contactrouter.sla.engine;

import java.time.Instant;
import java.util.List;

import org.contactrouter.sla.Milestone;
import org.contactrouter.sla.MilestoneClock;
import org.contactrouter.sla.Pause;
import org.contactrouter.sla.PauseHistory;
import org.contactrouter.sla.SlaDuration;

/** One row of {@code sla_milestone}: the clock's facts, its stored deadline and which alerts were raised. */
record StoredMilestone(long id, long caseId, Milestone milestone, SlaDuration allowance, int warningPercent,
                       Instant startedAt, Instant metAt, Instant dueAt, Instant warningRaisedAt,
                       Instant breachRaisedAt) {

    boolean isMet() {
        return metAt != null;
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
