package org.contactrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of pauses on milestone clocks, for every kind of allowance. */
class MilestoneClockProperties {

    private static final BusinessCalendar CALENDAR = Calendars.named("fri");
    private static final Instant FIRST = Calendars.london("2025-01-01T00:00");

    @Provide
    Arbitrary<SlaDuration> allowances() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 25).map(SlaDuration::workingDays),
                Arbitraries.integers().between(0, 80).map(SlaDuration::workingHours),
                Arbitraries.integers().between(0, 300).map(SlaDuration::elapsedHours));
    }

    @Property
    void aPauseNeverMakesTheDeadlineEarlier(@ForAll("allowances") SlaDuration allowance,
                                            @ForAll @IntRange(max = 1_500_000) int receivedMinute,
                                            @ForAll @IntRange(max = 20_000) int pauseStartsAfter,
                                            @ForAll @IntRange(max = 20_000) int pauseLasts) {
        Instant received = FIRST.plus(Duration.ofMinutes(receivedMinute));
        Instant pauseFrom = received.plus(Duration.ofMinutes(pauseStartsAfter));
        MilestoneClock running = MilestoneClock.start(Milestone.FIRST_RESPONSE, allowance, 75, received);
        MilestoneClock paused = new MilestoneClock(Milestone.FIRST_RESPONSE, allowance, 75, received,
                List.of(new Pause(pauseFrom, pauseFrom.plus(Duration.ofMinutes(pauseLasts)))), null);

        Instant now = pauseFrom.plus(Duration.ofMinutes(pauseLasts));
        assertThat(paused.statusAt(CALENDAR, now).dueAt()).isAfterOrEqualTo(running.statusAt(CALENDAR, now).dueAt());
    }

    @Property
    void runningTimeUntilTheDeadlineIsTheWholeAllowance(@ForAll("allowances") SlaDuration allowance,
                                                        @ForAll @IntRange(max = 1_500_000) int receivedMinute,
                                                        @ForAll @IntRange(max = 20_000) int pauseStartsAfter,
                                                        @ForAll @IntRange(max = 20_000) int pauseLasts) {
        Instant received = FIRST.plus(Duration.ofMinutes(receivedMinute));
        Instant pauseFrom = received.plus(Duration.ofMinutes(pauseStartsAfter));
        MilestoneClock clock = new MilestoneClock(Milestone.FIRST_RESPONSE, allowance, 75, received,
                List.of(new Pause(pauseFrom, pauseFrom.plus(Duration.ofMinutes(pauseLasts)))), null);

        MilestoneStatus atDeadline = clock.statusAt(CALENDAR, clock.statusAt(CALENDAR, received).dueAt());
        assertThat(atDeadline.remaining()).isZero();
        assertThat(atDeadline.state()).isIn(SlaState.AT_RISK, SlaState.ON_TRACK);
    }
}
