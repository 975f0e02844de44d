package org.contactrouter.sla;

import java.time.Duration;
import java.time.Instant;

/** The scale an allowance is spent on: working time or wall-clock time. Lets clocks treat both alike. */
interface TimeScale {

    Instant plus(Instant from, Duration amount);

    Duration between(Instant from, Instant to);

    static TimeScale of(SlaDuration allowance, BusinessCalendar calendar) {
        return allowance.countsWorkingTime() ? working(calendar) : ELAPSED;
    }

    private static TimeScale working(BusinessCalendar calendar) {
        return new TimeScale() {
            @Override
            public Instant plus(Instant from, Duration amount) {
                return calendar.addWorkingTime(from, amount);
            }

            @Override
            public Duration between(Instant from, Instant to) {
                return calendar.workingTimeBetween(from, to);
            }
        };
    }

    TimeScale ELAPSED = new TimeScale() {
        @Override
        public Instant plus(Instant from, Duration amount) {
            return from.plus(amount);
        }

        @Override
        public Duration between(Instant from, Instant to) {
            return Duration.between(from, to);
        }
    };
}
