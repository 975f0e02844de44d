package org.contactrouter.sla;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Working hours for each day of the week; a day without hours is closed. */
public final class WorkingWeek {

    private final Map<DayOfWeek, OpeningHours> hours;

    /** @param hours opening hours by weekday; at least one day must be open */
    public WorkingWeek(Map<DayOfWeek, OpeningHours> hours) {
        if (hours.isEmpty()) {
            throw new IllegalArgumentException("a working week needs at least one open day");
        }
        this.hours = new EnumMap<>(hours);
    }

    /** Monday to Friday with the same hours, weekend closed. */
    public static WorkingWeek mondayToFriday(LocalTime opens, LocalTime closes) {
        Map<DayOfWeek, OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() <= DayOfWeek.FRIDAY.getValue()) {
                hours.put(day, new OpeningHours(opens, closes));
            }
        }
        return new WorkingWeek(hours);
    }

    /** A copy with different hours on one day. */
    public WorkingWeek with(DayOfWeek day, OpeningHours dayHours) {
        Map<DayOfWeek, OpeningHours> changed = new EnumMap<>(hours);
        changed.put(day, dayHours);
        return new WorkingWeek(changed);
    }

    /** The hours on that weekday, empty when closed. */
    public Optional<OpeningHours> on(DayOfWeek day) {
        return Optional.ofNullable(hours.get(day));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingWeek week && week.hours.equals(hours);
    }

    @Override
    public int hashCode() {
        return hours.hashCode();
    }

    @Override
    public String toString() {
        return hours.toString();
    }
}
