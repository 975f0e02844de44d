package org.contactrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contactrouter.sla.Calendars.london;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class WorkingTimeStatisticsTest {

    @Test
    void workingHoursToAcknowledgeSkipTheWeekend() {
        BusinessCalendar calendar = Calendars.named("ew");

        assertThat(calendar.workingTimeBetween(london("2026-01-16T16:00"), london("2026-01-19T10:30")))
                .isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void meanAndNearestRankPercentile() {
        List<Duration> hundredDownToTenMinutes = IntStream.rangeClosed(1, 10).mapToObj(i -> Duration.ofMinutes((11 - i) * 10L)).toList();

        WorkingTimeStatistics stats = WorkingTimeStatistics.of(hundredDownToTenMinutes);

        assertThat(stats.mean()).isEqualTo(Duration.ofMinutes(55));
        assertThat(stats.percentile(90)).isEqualTo(Duration.ofMinutes(90));
        assertThat(stats.percentile(91)).isEqualTo(Duration.ofMinutes(100));
        assertThat(WorkingTimeStatistics.of(List.of()).percentile(90)).isZero();
    }
}
