package org.contactrouter.sla;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Summary of a set of times, such as each case's working time to acknowledge: for "mean and 90th percentile time
 * to acknowledge in working hours". Measure each with {@link BusinessCalendar#workingTimeBetween}.
 *
 * @param times the times, shortest first
 */
public record WorkingTimeStatistics(List<Duration> times) {

    public WorkingTimeStatistics {
        times = times.stream().sorted().toList();
    }

    public static WorkingTimeStatistics of(Collection<Duration> times) {
        return new WorkingTimeStatistics(List.copyOf(times));
    }

    public int count() {
        return times.size();
    }

    /** The arithmetic mean; zero when there are no times. */
    public Duration mean() {
        return times.isEmpty() ? Duration.ZERO : times.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(count());
    }

    /**
     * The nearest-rank percentile: the smallest time that at least {@code percent}% of times do not exceed; zero when
     * there are no times. Nearest rank is always an observed time, which is easy to explain to a committee.
     */
    public Duration percentile(int percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percentile must be 1 to 100: " + percent);
        }
        if (times.isEmpty()) {
            return Duration.ZERO;
        }
        int rank = (percent * count() + 99) / 100;
        return times.get(rank - 1);
    }
}
