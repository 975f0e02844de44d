package org.contactrouter.simulation;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * Working hours an officer keeps each week, in the council's time zone.
 *
 * @param days       days of the week it is worked
 * @param from       start of the shift
 * @param to         end of the shift (after {@code from}: no shifts over midnight)
 * @param closedDays also worked when the council's calendar is closed (weekend or bank-holiday cover); otherwise a
 *                   closed day, such as a bank holiday, is a day off
 */
public record Shift(Set<DayOfWeek> days, LocalTime from, LocalTime to, boolean closedDays) {

    public Shift {
        days = Set.copyOf(days);
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a shift must end after it starts: " + from + "-" + to);
        }
    }
}
