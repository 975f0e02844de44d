package org.contactrouter.sla;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Days the council is closed although the working week says open: bank holidays, one-off closures and days closed
 * every year (such as 29 to 31 December).
 *
 * @param dates   particular dates
 * @param everyYear month-days closed in every year
 */
public record ClosedDays(Set<LocalDate> dates, Set<MonthDay> everyYear) {

    public ClosedDays {
        dates = Set.copyOf(dates);
        everyYear = Set.copyOf(everyYear);
    }

    public static ClosedDays none() {
        return new ClosedDays(Set.of(), Set.of());
    }

    /** A copy also closed on these dates. */
    public ClosedDays plus(Collection<LocalDate> more) {
        Set<LocalDate> all = new HashSet<>(dates);
        all.addAll(more);
        return new ClosedDays(all, everyYear);
    }

    public boolean contains(LocalDate date) {
        return dates.contains(date) || everyYear.contains(MonthDay.from(date));
    }
}
