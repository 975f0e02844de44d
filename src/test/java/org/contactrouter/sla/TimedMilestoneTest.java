package org.contactrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contactrouter.sla.Calendars.london;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which warnings and breaches a clock owes, and a case's summary (Tue 13 Jan 2026, 8 working hours from 09:00). */
class TimedMilestoneTest {

    private final BusinessCalendar calendar = Calendars.named("ew");
    // due Tue 17:00, warning at 75% = Tue 15:00
    private final MilestoneClock clock = MilestoneClock.start(
            Milestone.FIRST_RESPONSE, SlaDuration.workingHours(8), 75, london("2026-01-13T09:00"));

    @Test
    void aRunningClockOwesItsWarningThenItsBreach() {
        TimedMilestone timed = TimedMilestone.at(clock, calendar, london("2026-01-13T10:00"));

        assertThat(timed.warningOwedAt()).contains(london("2026-01-13T15:00"));
        assertThat(timed.breachOwedAt()).contains(london("2026-01-13T17:00"));
        assertThat(timed.nextAlertAt(false, false)).isEqualTo(london("2026-01-13T15:00"));
        assertThat(timed.nextAlertAt(true, false)).isEqualTo(london("2026-01-13T17:00"));
        assertThat(timed.nextAlertAt(true, true)).isNull();
    }

    @Test
    void aClockMetInTimeOwesNothingButOneMetLateStillOwesItsAlerts() {
        TimedMilestone onTime = TimedMilestone.at(clock.meet(london("2026-01-13T14:00")), calendar, london("2026-01-14T10:00"));
        TimedMilestone late = TimedMilestone.at(clock.meet(london("2026-01-13T16:00")), calendar, london("2026-01-14T10:00"));

        assertThat(onTime.nextAlertAt(false, false)).isNull();
        assertThat(late.warningOwedAt()).contains(london("2026-01-13T15:00"));
        assertThat(late.breachOwedAt()).isEmpty();
    }

    @Test
    void aPausedClockOwesOnlyWhatFellDueBeforeThePause() {
        TimedMilestone pausedEarly = TimedMilestone.at(clock.pause(london("2026-01-13T11:00")), calendar,
                london("2026-01-20T10:00"));
        TimedMilestone pausedAtRisk = TimedMilestone.at(clock.pause(london("2026-01-13T16:00")), calendar,
                london("2026-01-20T10:00"));

        assertThat(pausedEarly.nextAlertAt(false, false)).isNull();
        assertThat(pausedEarly.isRunning()).isFalse();
        assertThat(pausedAtRisk.warningOwedAt()).contains(london("2026-01-13T15:00"));
        assertThat(pausedAtRisk.breachOwedAt()).isEmpty();
    }

    @Test
    void summaryHasTheEarliestRunningDeadlineAndTheWorstState() {
        Instant now = london("2026-01-13T15:30");
        TimedMilestone atRisk = TimedMilestone.at(clock, calendar, now);
        TimedMilestone later = TimedMilestone.at(MilestoneClock.start(Milestone.RESOLVE, SlaDuration.workingDays(5), 75,
                london("2026-01-13T09:00")), calendar, now);
        TimedMilestone metLate = TimedMilestone.at(MilestoneClock.start(Milestone.ACKNOWLEDGE, SlaDuration.immediate(), 75,
                london("2026-01-13T09:00")).meet(london("2026-01-13T09:30")), calendar, now);
        TimedMilestone pausedEarlier = TimedMilestone.at(MilestoneClock.start(Milestone.NEXT_RESPONSE,
                SlaDuration.workingHours(1), 75, london("2026-01-13T09:00")).pause(london("2026-01-13T09:10")), calendar, now);

        SlaSummary summary = SlaSummary.of(List.of(later, metLate, atRisk, pausedEarlier));

        assertThat(summary.dueAt()).isEqualTo(london("2026-01-13T17:00"));
        assertThat(summary.state()).isEqualTo(SlaState.AT_RISK);
        assertThat(SlaSummary.of(List.of(metLate, pausedEarlier))).isEqualTo(new SlaSummary(null, SlaState.PAUSED));
        assertThat(SlaSummary.of(List.of())).isEqualTo(new SlaSummary(null, null));
    }
}
