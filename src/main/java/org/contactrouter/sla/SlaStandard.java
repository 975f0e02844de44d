package org.contactrouter.sla;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The standard that applies to one case: an allowance per timed milestone, and the warning threshold.
 *
 * @param allowances     allowance per milestone; a milestone not present is not timed
 * @param warningPercent share of each allowance after which a milestone is at risk, 0 to 100
 */
public record SlaStandard(Map<Milestone, SlaDuration> allowances, int warningPercent) {

    public SlaStandard {
        allowances = allowances.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(allowances));
        if (warningPercent < 0 || warningPercent > 100) {
            throw new IllegalArgumentException("warning threshold must be 0 to 100 percent: " + warningPercent);
        }
    }

    /** The allowance for the milestone, empty when this standard does not time it. */
    public Optional<SlaDuration> allowance(Milestone milestone) {
        return Optional.ofNullable(allowances.get(milestone));
    }

    /** A running clock for the milestone from {@code startedAt}, empty when this standard does not time it. */
    public Optional<MilestoneClock> startClock(Milestone milestone, Instant startedAt) {
        return allowance(milestone).map(a -> MilestoneClock.start(milestone, a, warningPercent, startedAt));
    }
}
