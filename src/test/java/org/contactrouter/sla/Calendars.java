package org.contactrouter.sla;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Set;

/** Calendars built from the shipped bank-holiday file, and London local-time helpers, for tests. */
final class Calendars {

    static final Path BANK_HOLIDAYS = Path.of("config/bank-holidays.json");
    static final Path STANDARDS = Path.of("config/sla-standards.yml");
    static final WorkingWeek NINE_TO_FIVE = WorkingWeek.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0));
    static final WorkingWeek SHORT_FRIDAY = NINE_TO_FIVE.with(DayOfWeek.FRIDAY,
            new OpeningHours(LocalTime.of(9, 0), LocalTime.of(16, 30)));

    private Calendars() {
    }

    /** A calendar by its name in {@code deadlines.csv}. */
    static BusinessCalendar named(String name) {
        return switch (name) {
            case "ew" -> of(BankHolidayDivision.ENGLAND_AND_WALES, NINE_TO_FIVE, ClosedDays.none());
            case "fri" -> of(BankHolidayDivision.ENGLAND_AND_WALES, SHORT_FRIDAY, ClosedDays.none());
            case "xmas" -> of(BankHolidayDivision.ENGLAND_AND_WALES, NINE_TO_FIVE, new ClosedDays(Set.of(),
                    Set.of(MonthDay.of(12, 29), MonthDay.of(12, 30), MonthDay.of(12, 31))));
            case "sco" -> of(BankHolidayDivision.SCOTLAND, NINE_TO_FIVE, ClosedDays.none());
            case "ni" -> of(BankHolidayDivision.NORTHERN_IRELAND, NINE_TO_FIVE, ClosedDays.none());
            default -> throw new IllegalArgumentException("no test calendar " + name);
        };
    }

    static BusinessCalendar of(BankHolidayDivision division, WorkingWeek week, ClosedDays closures) {
        BankHolidays holidays = BankHolidays.load(BANK_HOLIDAYS, division);
        return new BusinessCalendar(BusinessCalendar.LONDON, week, closures.plus(holidays.dates()));
    }

    /** A London wall-clock time such as {@code 2026-03-27T16:00} as an instant. */
    static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.LONDON).toInstant();
    }
}
