package org.contactrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contactrouter.sla.Calendars.london;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A case's pauses as each of its clocks sees them. */
class PauseHistoryTest {

    private final List<Pause> casePauses = List.of(
            new Pause(london("2026-01-12T10:00"), london("2026-01-12T12:00")),
            new Pause(london("2026-01-13T10:00"), london("2026-01-13T12:00")),
            new Pause(london("2026-01-14T10:00"), null));

    @Test
    void aClockStartedLaterIgnoresEarlierPausesAndClipsTheOneItStartedIn() {
        assertThat(PauseHistory.forClock(casePauses, london("2026-01-13T11:00"), null)).containsExactly(
                new Pause(london("2026-01-13T11:00"), london("2026-01-13T12:00")),
                new Pause(london("2026-01-14T10:00"), null));
    }

    @Test
    void aMetClockCountsPausesOnlyUntilItWasMetAndHasNoOpenPause() {
        assertThat(PauseHistory.forClock(casePauses, london("2026-01-12T09:00"), london("2026-01-13T11:00")))
                .containsExactly(
                        new Pause(london("2026-01-12T10:00"), london("2026-01-12T12:00")),
                        new Pause(london("2026-01-13T10:00"), london("2026-01-13T11:00")));
        assertThat(PauseHistory.forClock(casePauses, london("2026-01-12T09:00"), london("2026-01-14T15:00")))
                .last().isEqualTo(new Pause(london("2026-01-14T10:00"), london("2026-01-14T15:00")));
    }

    @Test
    void theResultIsAValidClockHistory() {
        MilestoneClock clock = new MilestoneClock(Milestone.FIRST_RESPONSE, SlaDuration.workingDays(3), 75,
                london("2026-01-13T11:00"), PauseHistory.forClock(casePauses, london("2026-01-13T11:00"), null), null);

        assertThat(clock.isPaused()).isTrue();
    }
}
