package org.contactrouter.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The council's working time: a working week in its time zone, minus closed days.
 *
 * <p>Working time on a day is the half-open span [opening, closing). Conventions used throughout:
 * <ul>
 *   <li>A clock counting working time starts at {@link #nextOpening}: the same instant if it is working time,
 *       otherwise the next opening (a contact at exactly closing time starts at the next opening).</li>
 *   <li>A deadline that uses up the allowance exactly at closing time is that closing time, not the next opening;
 *       so every working-time deadline lies in [opening, closing] of a working day.</li>
 *   <li>Local times are turned into instants with {@link ZonedDateTime}, so days either side of a clock change
 *       have their proper lengths and opening instants.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class BusinessCalendar {

    /** One working day's span as instants. */
    public record WorkingPeriod(Instant opens, Instant closes) {

        /** Working time in the span. */
        public Duration length() {
            return Duration.between(opens, closes);
        }
    }

    /** The council's default zone. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Guards loops against a calendar with no working days in reach; ten years is far beyond any allowance. */
    private static final int MAX_DAYS_SEARCHED = 3660;

    private final ZoneId zone;
    private final WorkingWeek week;
    private final ClosedDays closed;

    public BusinessCalendar(ZoneId zone, WorkingWeek week, ClosedDays closed) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.week = Objects.requireNonNull(week, "week");
        this.closed = Objects.requireNonNull(closed, "closed");
    }

    public ZoneId zone() {
        return zone;
    }

    /** True when the date has working hours and is not closed. */
    public boolean isWorkingDay(LocalDate date) {
        return workingPeriodOn(date).isPresent();
    }

    /** The date's working span, empty on a closed day. */
    public Optional<WorkingPeriod> workingPeriodOn(LocalDate date) {
        if (closed.contains(date)) {
            return Optional.empty();
        }
        return week.on(date.getDayOfWeek()).map(hours -> new WorkingPeriod(
                ZonedDateTime.of(date, hours.opens(), zone).toInstant(),
                ZonedDateTime.of(date, hours.closes(), zone).toInstant()));
    }

    /** True when the instant is inside working time (opening inclusive, closing exclusive). */
    public boolean isWorkingTime(Instant instant) {
        return workingPeriodOn(dateOf(instant))
                .filter(p -> !instant.isBefore(p.opens()) && instant.isBefore(p.closes()))
                .isPresent();
    }

    /** The instant itself if it is working time, otherwise the next opening. */
    public Instant nextOpening(Instant instant) {
        LocalDate date = dateOf(instant);
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++, date = date.plusDays(1)) {
            Optional<WorkingPeriod> period = workingPeriodOn(date);
            if (period.isPresent() && instant.isBefore(period.get().closes())) {
                return latest(instant, period.get().opens());
            }
        }
        throw noWorkingDays(instant);
    }

    /**
     * The instant when {@code amount} of working time has passed after {@code from}. Zero gives
     * {@link #nextOpening}; an amount that runs out exactly at closing gives that closing time.
     */
    public Instant addWorkingTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time to add must not be negative: " + amount);
        }
        Instant cursor = nextOpening(from);
        Duration remaining = amount;
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++) {
            Instant closes = workingPeriodOn(dateOf(cursor)).orElseThrow().closes();
            Duration available = Duration.between(cursor, closes);
            if (remaining.compareTo(available) <= 0) {
                return cursor.plus(remaining);
            }
            remaining = remaining.minus(available);
            cursor = nextOpening(closes);
        }
        throw noWorkingDays(from);
    }

    /**
     * Working days: the clock starts at {@link #nextOpening}(from), which is some working-time offset after that
     * day's opening; the deadline is the same offset after opening on the {@code days}-th following working day,
     * or that day's closing if it closes sooner (e.g. an early-closing Friday). Received Tue 10:30, 1 working day:
     * Wed 10:30. Received Fri 18:00: the clock starts Mon 09:00, 1 working day: Tue 09:00.
     */
    public Instant addWorkingDays(Instant from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + days);
        }
        Instant start = nextOpening(from);
        LocalDate date = dateOf(start);
        Duration offset = Duration.between(workingPeriodOn(date).orElseThrow().opens(), start);
        for (int counted = 0, searched = 0; counted < days; searched++) {
            if (searched == MAX_DAYS_SEARCHED) {
                throw noWorkingDays(from);
            }
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        WorkingPeriod target = workingPeriodOn(date).orElseThrow();
        Instant sameOffset = target.opens().plus(offset);
        return sameOffset.isAfter(target.closes()) ? target.closes() : sameOffset;
    }

    /**
     * Calendar months, as UK GDPR counts a subject access request: from the date of {@code from} (whether or not it
     * is a working day) to the same date {@code months} later, or that month's last day where it has no such date
     * (31 January + 1 month is 28 or 29 February), moved to the next working day when that date is closed. The
     * deadline is that day's closing time.
     */
    public Instant addCalendarMonths(Instant from, int months) {
        if (months < 0) {
            throw new IllegalArgumentException("calendar months to add must not be negative: " + months);
        }
        return closingOnOrAfter(ZonedDateTime.of(dateOf(from).plusMonths(months), LocalTime.MIN, zone).toInstant());
    }

    /** The first working day's closing time that is not before {@code instant}. */
    public Instant closingOnOrAfter(Instant instant) {
        LocalDate date = dateOf(instant);
        for (int searched = 0; searched < MAX_DAYS_SEARCHED; searched++, date = date.plusDays(1)) {
            Optional<WorkingPeriod> period = workingPeriodOn(date);
            if (period.isPresent() && !period.get().closes().isBefore(instant)) {
                return period.get().closes();
            }
        }
        throw noWorkingDays(instant);
    }

    /**
     * Working time between two instants; negative when {@code to} is before {@code from}. This is the measure for
     * reports such as "time to acknowledge in working hours".
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        for (LocalDate date = dateOf(from); !date.isAfter(dateOf(to)); date = date.plusDays(1)) {
            Optional<WorkingPeriod> period = workingPeriodOn(date);
            if (period.isPresent()) {
                Instant overlapStart = latest(from, period.get().opens());
                Instant overlapEnd = earliest(to, period.get().closes());
                if (overlapStart.isBefore(overlapEnd)) {
                    total = total.plus(Duration.between(overlapStart, overlapEnd));
                }
            }
        }
        return total;
    }

    private LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private IllegalStateException noWorkingDays(Instant from) {
        return new IllegalStateException("no working time within " + MAX_DAYS_SEARCHED + " days of " + from);
    }
}
