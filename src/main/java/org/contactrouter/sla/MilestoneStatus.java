package org.contactrouter.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * A milestone's position at one moment.
 *
 * @param milestone  which milestone
 * @param state      on track, at risk, breached, met, met late or paused
 * @param clockStart when the allowance started being used (next opening for working-time allowances)
 * @param dueAt      the deadline allowing for pauses; while paused, the deadline if the citizen replied now
 * @param warnAt     when the warning threshold is reached, on the same terms as {@code dueAt}
 * @param metAt      when met, or null
 * @param remaining  allowance left at {@code now} (working time, or wall-clock time for elapsed allowances);
 *                   negative when overdue; for a met milestone, the margin it was met by
 */
public record MilestoneStatus(
        Milestone milestone,
        SlaState state,
        Instant clockStart,
        Instant dueAt,
        Instant warnAt,
        Instant metAt,
        Duration remaining) {
}
