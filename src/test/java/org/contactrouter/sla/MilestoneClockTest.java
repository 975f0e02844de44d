package org.contactrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contactrouter.sla.Calendars.london;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** States, warnings, remaining time and recomputation of a milestone clock (January 2026, Mon-Fri 09:00-17:00). */
class MilestoneClockTest {

    private final BusinessCalendar calendar = Calendars.named("ew");
    // Tue 13 Jan 09:00, 8 working hours: due Tue 17:00, warn at 75% = 6h = Tue 15:00.
    private final MilestoneClock clock = MilestoneClock.start(
            Milestone.FIRST_RESPONSE, SlaDuration.workingHours(8), 75, london("2026-01-13T09:00"));

    @Test
    void onTrackBeforeTheWarningThreshold() {
        MilestoneStatus status = clock.statusAt(calendar, london("2026-01-13T14:59"));

        assertThat(status.state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(status.warnAt()).isEqualTo(london("2026-01-13T15:00"));
        assertThat(status.dueAt()).isEqualTo(london("2026-01-13T17:00"));
        assertThat(status.remaining()).isEqualTo(Duration.ofMinutes(2 * 60 + 1));
    }

    @Test
    void atRiskFromTheWarningThresholdUpToAndIncludingTheDeadline() {
        assertThat(clock.statusAt(calendar, london("2026-01-13T15:00")).state()).isEqualTo(SlaState.AT_RISK);
        assertThat(clock.statusAt(calendar, london("2026-01-13T17:00")).state()).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void breachedAfterTheDeadlineWithOverdueWorkingTimeNegative() {
        MilestoneStatus status = clock.statusAt(calendar, london("2026-01-14T10:30"));

        assertThat(status.state()).isEqualTo(SlaState.BREACHED);
        assertThat(status.remaining()).isEqualTo(Duration.ofMinutes(-90));
    }

    @Test
    void metOnTimeOrLateAndMarginKept() {
        MilestoneStatus onTime = clock.meet(london("2026-01-13T16:00")).statusAt(calendar, london("2026-02-01T12:00"));
        MilestoneStatus late = clock.meet(london("2026-01-14T09:30")).statusAt(calendar, london("2026-02-01T12:00"));

        assertThat(onTime.state()).isEqualTo(SlaState.MET);
        assertThat(onTime.remaining()).isEqualTo(Duration.ofHours(1));
        assertThat(late.state()).isEqualTo(SlaState.MET_LATE);
        assertThat(late.metAt()).isEqualTo(london("2026-01-14T09:30"));
    }

    @Test
    void pausedClockKeepsItsRemainingTimeAndShowsTheDeadlineIfResumedNow() {
        MilestoneClock paused = clock.pause(london("2026-01-13T11:00"));

        MilestoneStatus status = paused.statusAt(calendar, london("2026-01-15T10:00"));

        assertThat(status.state()).isEqualTo(SlaState.PAUSED);
        assertThat(status.remaining()).isEqualTo(Duration.ofHours(6));
        assertThat(status.dueAt()).isEqualTo(london("2026-01-15T16:00"));
    }

    @Test
    void resumingMovesTheDeadlineByThePausedWorkingTime() {
        MilestoneClock resumed = clock.pause(london("2026-01-13T11:00")).resume(london("2026-01-13T13:00"));

        // 2h run to 11:00, 4h from 13:00 to 17:00, the last 2h on Wednesday.
        assertThat(resumed.statusAt(calendar, london("2026-01-13T13:00")).dueAt()).isEqualTo(london("2026-01-14T11:00"));
    }

    @Test
    void pausingAfterTheDeadlineDoesNotHideTheBreach() {
        MilestoneClock paused = clock.pause(london("2026-01-14T10:00"));

        MilestoneStatus status = paused.statusAt(calendar, london("2026-01-20T10:00"));

        assertThat(status.state()).isEqualTo(SlaState.BREACHED);
        assertThat(status.dueAt()).isEqualTo(london("2026-01-13T17:00"));
        assertThat(status.remaining()).isEqualTo(Duration.ofHours(-1));
    }

    @Test
    void meetingWhilePausedEndsThePause() {
        MilestoneClock met = clock.pause(london("2026-01-13T11:00")).meet(london("2026-01-14T09:00"));

        assertThat(met.isPaused()).isFalse();
        assertThat(met.statusAt(calendar, london("2026-01-14T09:00")).state()).isEqualTo(SlaState.MET);
    }

    @Test
    void newAllowanceKeepsStartAndPauses() {
        // Paused Tue 11:00-13:00 (2h); as a 3-working-day standard from Tue 09:00: Fri 09:00 + 2h = Fri 11:00.
        MilestoneClock changed = clock.pause(london("2026-01-13T11:00")).resume(london("2026-01-13T13:00"))
                .withAllowance(SlaDuration.workingDays(3), 50);

        MilestoneStatus status = changed.statusAt(calendar, london("2026-01-13T13:00"));

        assertThat(status.dueAt()).isEqualTo(london("2026-01-16T11:00"));
        assertThat(status.warnAt()).as("50% of 24h = 12h running: Tue 2h + 4h from 13:00, Wed 6h")
                .isEqualTo(london("2026-01-14T15:00"));
        assertThat(changed.pauses()).hasSize(1);
    }

    @Test
    void immediateAllowanceMetOnReceiptIsMetAndOtherwiseBreachedAtOnce() {
        MilestoneClock ack = MilestoneClock.start(Milestone.ACKNOWLEDGE, SlaDuration.immediate(), 75, london("2026-01-17T10:00"));

        assertThat(ack.meet(london("2026-01-17T10:00")).statusAt(calendar, london("2026-01-17T10:05")).state())
                .isEqualTo(SlaState.MET);
        assertThat(ack.statusAt(calendar, london("2026-01-17T10:01")).state()).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void restartGivesAFreshRunningClockWithTheSameAllowance() {
        MilestoneClock restarted = clock.meet(london("2026-01-13T12:00")).restartAt(london("2026-01-14T10:00"));

        MilestoneStatus status = restarted.statusAt(calendar, london("2026-01-14T10:00"));

        assertThat(status.state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(status.dueAt()).isEqualTo(london("2026-01-15T10:00"));
    }

    @Test
    void eventsOutOfOrderOrInTheWrongStateAreRefused() {
        assertThatThrownBy(() -> clock.resume(london("2026-01-13T10:00")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not paused");
        assertThatThrownBy(() -> clock.pause(london("2026-01-12T10:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the clock's last event");
        assertThatThrownBy(() -> clock.pause(london("2026-01-13T10:00")).pause(london("2026-01-13T11:00")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("it is paused");
        assertThatThrownBy(() -> clock.meet(london("2026-01-13T10:00")).meet(london("2026-01-13T11:00")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already met");
    }
}
