package org.contactrouter.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An allowance as the council writes it: {@code 3 working days}, {@code 2 working hours}, {@code 48 elapsed hours},
 * {@code 1 calendar month}, or {@code immediate} / {@code 0} (automatic, due the moment the contact arrives).
 *
 * @param amount whole units, zero or more
 * @param unit   how the units are counted
 */
public record SlaDuration(long amount, Unit unit) {

    /** How an allowance is counted. */
    public enum Unit {
        /** Same working-time offset N working days later; see {@link BusinessCalendar#addWorkingDays}. */
        WORKING_DAYS("working day", "working days"),
        /** Only time inside working hours counts. */
        WORKING_HOURS("working hour", "working hours"),
        /** Wall-clock time, nights, weekends and holidays included. */
        ELAPSED_HOURS("elapsed hour", "elapsed hours"),
        /** To the same date in a later month, rolled to a working day; see {@link BusinessCalendar#addCalendarMonths}. */
        CALENDAR_MONTHS("calendar month", "calendar months");

        private final String singular;
        private final String plural;

        Unit(String singular, String plural) {
            this.singular = singular;
            this.plural = plural;
        }

        /** e.g. "working days" */
        public String plural() {
            return plural;
        }
    }

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,6})\\s+(working|elapsed)\\s+(day|days|hour|hours)");
    private static final Pattern MONTHS = Pattern.compile("(\\d{1,3})\\s+calendar\\s+months?");

    public SlaDuration {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
    }

    /** Due the moment the clock starts: for automatic acknowledgements. */
    public static SlaDuration immediate() {
        return new SlaDuration(0, Unit.ELAPSED_HOURS);
    }

    public static SlaDuration workingDays(long days) {
        return new SlaDuration(days, Unit.WORKING_DAYS);
    }

    public static SlaDuration workingHours(long hours) {
        return new SlaDuration(hours, Unit.WORKING_HOURS);
    }

    public static SlaDuration elapsedHours(long hours) {
        return new SlaDuration(hours, Unit.ELAPSED_HOURS);
    }

    public static SlaDuration calendarMonths(long months) {
        return new SlaDuration(months, Unit.CALENDAR_MONTHS);
    }

    /**
     * Reads the written form (case-insensitive). There are no elapsed days: write {@code 72 elapsed hours} so nobody
     * wonders whether a "day" means 24 hours or a working day.
     *
     * @return empty when the text is not a duration
     */
    public static Optional<SlaDuration> parse(String text) {
        String normalised = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (normalised.equals("immediate") || normalised.equals("0")) {
            return Optional.of(immediate());
        }
        Matcher months = MONTHS.matcher(normalised);
        if (months.matches()) {
            return Optional.of(calendarMonths(Long.parseLong(months.group(1))));
        }
        Matcher m = FORMAT.matcher(normalised);
        if (!m.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        boolean days = m.group(3).startsWith("day");
        if (m.group(2).equals("elapsed")) {
            return days ? Optional.empty() : Optional.of(elapsedHours(amount));
        }
        return Optional.of(days ? workingDays(amount) : workingHours(amount));
    }

    /** True for an automatic (zero) allowance. */
    public boolean isImmediate() {
        return amount == 0 && unit == Unit.ELAPSED_HOURS;
    }

    /**
     * True when the allowance is counted in working time rather than wall-clock time. Calendar months run on the
     * wall clock from the day of receipt; only their last day is moved to a working day.
     */
    public boolean countsWorkingTime() {
        return unit == Unit.WORKING_DAYS || unit == Unit.WORKING_HOURS;
    }

    /**
     * This allowance lengthened by {@code extension}, which must be counted the same way (an extension of a
     * 20-working-day FOI deadline is in working days, of a one-month subject access deadline in months).
     */
    public SlaDuration plus(SlaDuration extension) {
        if (!countedLike(extension)) {
            throw new IllegalArgumentException("cannot add " + extension + " to " + this + ": counted differently");
        }
        return new SlaDuration(amount + extension.amount, unit);
    }

    /** True when both are counted the same way, so one can extend the other. */
    public boolean countedLike(SlaDuration other) {
        return unit == other.unit;
    }

    /** When the clock starts for a contact received at {@code received}: the next opening for working-time allowances. */
    public Instant clockStart(BusinessCalendar calendar, Instant received) {
        return countsWorkingTime() ? calendar.nextOpening(received) : received;
    }

    /** The deadline with no pauses. */
    public Instant deadlineFrom(BusinessCalendar calendar, Instant received) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.addWorkingDays(received, (int) amount);
            case WORKING_HOURS -> calendar.addWorkingTime(received, Duration.ofHours(amount));
            case ELAPSED_HOURS -> received.plus(Duration.ofHours(amount));
            case CALENDAR_MONTHS -> calendar.addCalendarMonths(received, (int) amount);
        };
    }

    /**
     * A deadline moved by pauses, put back where this unit's deadlines fall: a calendar-month deadline is always a
     * working day's closing time, so time paused cannot leave it on a Sunday. Other units are left as they are.
     */
    Instant settle(BusinessCalendar calendar, Instant deadline) {
        return unit == Unit.CALENDAR_MONTHS ? calendar.closingOnOrAfter(deadline) : deadline;
    }

    /**
     * The allowance as a length of time on its own scale (working time or wall-clock time) for a clock starting at
     * {@code clockStart}. Working days vary in length, so their budget is the working time to the unpaused deadline.
     */
    Duration budget(BusinessCalendar calendar, Instant clockStart) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.workingTimeBetween(clockStart, deadlineFrom(calendar, clockStart));
            case CALENDAR_MONTHS -> Duration.between(clockStart, deadlineFrom(calendar, clockStart));
            case WORKING_HOURS, ELAPSED_HOURS -> Duration.ofHours(amount);
        };
    }

    /** The written form, e.g. {@code 3 working days} or {@code immediate}. */
    @Override
    public String toString() {
        if (isImmediate()) {
            return "immediate";
        }
        return amount + " " + (amount == 1 ? unit.singular : unit.plural);
    }
}
