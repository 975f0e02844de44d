package org.contactrouter.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A milestone clock together with its status at one moment: what the SLA engine stores, shows, and raises warnings
 * and breaches from.
 *
 * @param clock  the clock (facts)
 * @param status its deadline, warning time and state at the moment it was evaluated
 */
public record TimedMilestone(MilestoneClock clock, MilestoneStatus status) {

    public static TimedMilestone at(MilestoneClock clock, BusinessCalendar calendar, Instant now) {
        return new TimedMilestone(clock, clock.statusAt(calendar, now));
    }

    /** Neither met nor paused: its deadline is approaching. */
    public boolean isRunning() {
        return !clock.isMet() && !clock.isPaused();
    }

    /** When a warning is owed, if one is: the warning time passed while the milestone was unmet and not paused. */
    public Optional<Instant> warningOwedAt() {
        return owed(status.warnAt());
    }

    /** When a breach is owed, if one is: the deadline passed while the milestone was unmet and not paused. */
    public Optional<Instant> breachOwedAt() {
        return owed(status.dueAt());
    }

    /** The earliest owed alert that has not been raised yet, or null: when a scanner must next look at this clock. */
    public Instant nextAlertAt(boolean warningRaised, boolean breachRaised) {
        return (warningRaised ? Optional.<Instant>empty() : warningOwedAt())
                .or(() -> breachRaised ? Optional.empty() : breachOwedAt())
                .orElse(null);
    }

    /**
     * A moment is owed unless the milestone was met by then, or the clock was paused before it (a paused clock's
     * deadline is only what it would be if the citizen replied now). A milestone met late still owes its alerts, so
     * an instance that was down at the deadline raises them when it is back.
     */
    private Optional<Instant> owed(Instant moment) {
        if (clock.isMet() && !clock.metAt().isAfter(moment)) {
            return Optional.empty();
        }
        if (clock.isPaused() && moment.isAfter(openPauseStart())) {
            return Optional.empty();
        }
        return Optional.of(moment);
    }

    private Instant openPauseStart() {
        List<Pause> pauses = clock.pauses();
        return pauses.get(pauses.size() - 1).from();
    }
}
