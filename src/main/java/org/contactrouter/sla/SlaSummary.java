package org.contactrouter.sla;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A case's SLA position in two values, stored on the case so the shared queue can be ordered by one index.
 *
 * @param dueAt the earliest deadline among running (unmet, unpaused) milestones; null when none is running
 * @param state the worst state of its milestones; null when nothing is timed
 */
public record SlaSummary(Instant dueAt, SlaState state) {

    /**
     * Worst first. Outstanding work outranks history: a case whose acknowledgement was late but whose response is
     * on track shows ON_TRACK, because that is what an officer can still act on.
     */
    private static final List<SlaState> WORST_FIRST = List.of(SlaState.BREACHED, SlaState.AT_RISK, SlaState.ON_TRACK,
            SlaState.PAUSED, SlaState.MET_LATE, SlaState.MET);

    public static SlaSummary of(Collection<TimedMilestone> milestones) {
        Instant dueAt = milestones.stream().filter(TimedMilestone::isRunning).map(m -> m.status().dueAt())
                .min(Comparator.naturalOrder()).orElse(null);
        SlaState state = milestones.stream().map(m -> m.status().state()).filter(Objects::nonNull)
                .min(Comparator.comparingInt(WORST_FIRST::indexOf)).orElse(null);
        return new SlaSummary(dueAt, state);
    }
}
