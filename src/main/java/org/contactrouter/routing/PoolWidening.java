package org.contactrouter.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.contactrouter.sla.BusinessCalendar;

/**
 * How a queued case's pool of officers widens as its deadline nears, in steps set by the council
 * ({@code ccr.routing.widening}): at each step's share of the working time allowed, the case may go to a wider pool
 * (level 1: trained for its channel, any service area; level 2: any officer), so that no case breaches while someone
 * could have taken it.
 */
public record PoolWidening(List<Step> steps) {

    /** At {@code atPercent} of the allowance used, the pool becomes {@code level}. */
    public record Step(int atPercent, int level) {
        public Step {
            if (atPercent < 0 || atPercent > 100 || level < 1 || level > 2) {
                throw new IllegalArgumentException("a widening step needs at-percent 0-100 and level 1 or 2");
            }
        }
    }

    public PoolWidening {
        steps = steps.stream().sorted(Comparator.comparingInt(Step::atPercent)).toList();
    }

    public int maxLevel() {
        return steps.stream().mapToInt(Step::level).max().orElse(0);
    }

    /** The level a case should have at {@code now}, given when its clock started and when it is due. */
    public int levelAt(BusinessCalendar calendar, Instant clockStart, Instant dueAt, Instant now) {
        int level = 0;
        for (Step step : steps) {
            if (!now.isBefore(thresholdAt(calendar, clockStart, dueAt, step))) {
                level = Math.max(level, step.level());
            }
        }
        return level;
    }

    /** When the case next needs a wider pool than {@code currentLevel}, if ever. */
    public Optional<Instant> nextChangeAt(BusinessCalendar calendar, Instant clockStart, Instant dueAt, int currentLevel) {
        return steps.stream().filter(step -> step.level() > currentLevel)
                .map(step -> thresholdAt(calendar, clockStart, dueAt, step))
                .min(Comparator.naturalOrder());
    }

    private static Instant thresholdAt(BusinessCalendar calendar, Instant clockStart, Instant dueAt, Step step) {
        Duration allowance = calendar.workingTimeBetween(clockStart, dueAt);
        if (allowance.isZero() || allowance.isNegative()) {
            return clockStart;
        }
        Duration share = allowance.multipliedBy(step.atPercent()).dividedBy(100);
        return share.isZero() ? clockStart : calendar.addWorkingTime(clockStart, share);
    }
}
