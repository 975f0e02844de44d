package org.contactrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of working time on the short-Friday England and Wales calendar, over 2025 to 2028 (which includes
 * clock changes, Easter and Christmas substitute days).
 */
class BusinessCalendarProperties {

    private static final BusinessCalendar CALENDAR = Calendars.named("fri");
    private static final Instant FIRST = Calendars.london("2025-01-01T00:00");
    private static final Instant LAST = Calendars.london("2028-06-30T00:00");

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FIRST.getEpochSecond(), LAST.getEpochSecond()).map(s -> Instant.ofEpochSecond(s / 60 * 60));
    }

    @Provide
    Arbitrary<Duration> workingTimes() {
        return Arbitraries.longs().between(0, 200 * 60).map(Duration::ofMinutes);
    }

    @Property
    void workingTimeDeadlineIsInsideWorkingHoursOrAtClosing(@ForAll("instants") Instant from, @ForAll("workingTimes") Duration amount) {
        assertWithinOpeningHoursInclusive(CALENDAR.addWorkingTime(from, amount));
    }

    @Property
    void workingDayDeadlineIsInsideWorkingHoursOrAtClosing(@ForAll("instants") Instant from, @ForAll @IntRange(max = 25) int days) {
        assertWithinOpeningHoursInclusive(CALENDAR.addWorkingDays(from, days));
    }

    @Property
    void workingTimeFromClockStartToDeadlineEqualsTheAllowance(@ForAll("instants") Instant from, @ForAll("workingTimes") Duration amount) {
        Instant due = CALENDAR.addWorkingTime(from, amount);
        assertThat(CALENDAR.workingTimeBetween(from, due)).isEqualTo(amount);
    }

    @Property
    void addingWorkingTimeIsMonotonic(@ForAll("instants") Instant from, @ForAll("workingTimes") Duration a, @ForAll("workingTimes") Duration b) {
        Duration shorter = a.compareTo(b) <= 0 ? a : b;
        Duration longer = a.compareTo(b) <= 0 ? b : a;
        assertThat(CALENDAR.addWorkingTime(from, shorter)).isBeforeOrEqualTo(CALENDAR.addWorkingTime(from, longer));
    }

    @Property
    void laterStartNeverGivesEarlierDeadline(@ForAll("instants") Instant from, @ForAll @IntRange(max = 5000) int minutesLater,
                                            @ForAll("workingTimes") Duration amount) {
        Instant later = from.plus(Duration.ofMinutes(minutesLater));
        assertThat(CALENDAR.addWorkingTime(later, amount)).isAfterOrEqualTo(CALENDAR.addWorkingTime(from, amount));
    }

    @Property
    void workingTimeBetweenIsAdditive(@ForAll("instants") Instant a, @ForAll("instants") Instant b, @ForAll("instants") Instant c) {
        assertThat(CALENDAR.workingTimeBetween(a, b).plus(CALENDAR.workingTimeBetween(b, c)))
                .isEqualTo(CALENDAR.workingTimeBetween(a, c));
    }

    private static void assertWithinOpeningHoursInclusive(Instant due) {
        LocalDate date = due.atZone(CALENDAR.zone()).toLocalDate();
        BusinessCalendar.WorkingPeriod period = CALENDAR.workingPeriodOn(date)
                .orElseThrow(() -> new AssertionError(due + " falls on a closed day"));
        assertThat(due).isBetween(period.opens(), period.closes());
    }
}
