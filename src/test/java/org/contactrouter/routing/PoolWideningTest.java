package org.contactrouter.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.contactrouter.sla.BusinessCalendar;
import org.contactrouter.sla.ClosedDays;
import org.contactrouter.sla.WorkingWeek;
import org.junit.jupiter.api.Test;

class PoolWideningTest {

    static final BusinessCalendar NINE_TO_FIVE = new BusinessCalendar(BusinessCalendar.LONDON,
            WorkingWeek.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0)), ClosedDays.none());
    static final PoolWidening HALF_THEN_EIGHTY = new PoolWidening(List.of(new PoolWidening.Step(80, 2),
            new PoolWidening.Step(50, 1)));

    // Received Monday 23 Nov 2026 09:00 GMT, due Wednesday 09:00: 16 working hours allowed.
    static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    static final Instant DUE = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void thePoolWidensAtEachStepsShareOfTheWorkingTimeAllowed() {
        assertThat(HALF_THEN_EIGHTY.levelAt(NINE_TO_FIVE, START, DUE, Instant.parse("2026-11-23T16:59:00Z"))).isZero();
        // 50% of 16 working hours = 8 hours: Monday's close, which is Tuesday's opening in working time.
        assertThat(HALF_THEN_EIGHTY.levelAt(NINE_TO_FIVE, START, DUE, Instant.parse("2026-11-24T09:00:00Z"))).isEqualTo(1);
        // 80% = 12.8 hours: Tuesday 13:48.
        assertThat(HALF_THEN_EIGHTY.levelAt(NINE_TO_FIVE, START, DUE, Instant.parse("2026-11-24T13:47:00Z"))).isEqualTo(1);
        assertThat(HALF_THEN_EIGHTY.levelAt(NINE_TO_FIVE, START, DUE, Instant.parse("2026-11-24T13:48:00Z"))).isEqualTo(2);
    }

    @Test
    void theNextChangeIsTheNextHigherStep() {
        assertThat(HALF_THEN_EIGHTY.nextChangeAt(NINE_TO_FIVE, START, DUE, 0))
                .contains(Instant.parse("2026-11-23T17:00:00Z"));
        assertThat(HALF_THEN_EIGHTY.nextChangeAt(NINE_TO_FIVE, START, DUE, 1))
                .contains(Instant.parse("2026-11-24T13:48:00Z"));
        assertThat(HALF_THEN_EIGHTY.nextChangeAt(NINE_TO_FIVE, START, DUE, 2)).isEmpty();
        assertThat(HALF_THEN_EIGHTY.maxLevel()).isEqualTo(2);
    }

    @Test
    void anOverdueOrImmediateDeadlineWidensAtOnce() {
        assertThat(HALF_THEN_EIGHTY.levelAt(NINE_TO_FIVE, START, START, START)).isEqualTo(2);
    }
}
