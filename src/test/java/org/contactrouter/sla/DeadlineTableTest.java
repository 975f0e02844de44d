package org.contactrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contactrouter.sla.Calendars.london;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Hand-computed deadlines from {@code sla/deadlines.csv}, through a milestone clock. */
class DeadlineTableTest {

    @ParameterizedTest(name = "[{index}] {0} {1} + {2} -> {4}: {5}")
    @CsvFileSource(resources = "/sla/deadlines.csv", numLinesToSkip = 1)
    void deadlineMatchesHandComputedValue(String calendarName, String received, String allowanceText, String pauses,
                                          String expectedDue, String why) {
        BusinessCalendar calendar = Calendars.named(calendarName);
        SlaDuration allowance = SlaDuration.parse(allowanceText).orElseThrow();
        Instant receivedAt = london(received);
        MilestoneClock clock = new MilestoneClock(Milestone.FIRST_RESPONSE, allowance, 75, receivedAt, pauses(pauses), null);

        Instant due = clock.statusAt(calendar, receivedAt).dueAt();

        assertThat(ZonedDateTime.ofInstant(due, BusinessCalendar.LONDON))
                .as(why)
                .isEqualTo(london(expectedDue).atZone(BusinessCalendar.LONDON));
        if (pauses == null) {
            assertThat(allowance.deadlineFrom(calendar, receivedAt)).as("unpaused deadline agrees").isEqualTo(due);
        }
    }

    private static List<Pause> pauses(String spans) {
        if (spans == null) {
            return List.of();
        }
        return Arrays.stream(spans.trim().split("\\s+"))
                .map(span -> span.split("/"))
                .map(ends -> new Pause(london(ends[0]), london(ends[1])))
                .toList();
    }
}
