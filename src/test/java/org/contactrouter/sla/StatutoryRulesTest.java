package org.contactrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contactrouter.sla.Calendars.london;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The extension and escalation rules of statutory case types, with worked dates. */
class StatutoryRulesTest {

    private static final BusinessCalendar ENGLAND = Calendars.named("ew");
    private static final BusinessCalendar SCOTLAND = Calendars.named("sco");

    private static final CaseType SAR = new CaseType("subject-access", "Subject access request", "UK GDPR Art. 12(3)",
            Optional.of(SlaDuration.calendarMonths(1)), Optional.of(SlaDuration.calendarMonths(2)),
            CaseType.ClockStop.RESTART, Optional.empty(), Optional.empty());
    private static final CaseType STAGE_1 = new CaseType("complaint-stage-1", "Complaint, stage 1", null,
            Optional.of(SlaDuration.workingDays(10)), Optional.of(SlaDuration.workingDays(10)),
            CaseType.ClockStop.PAUSE, Optional.of("complaint-stage-2"), Optional.of(SlaDuration.calendarMonths(6)));
    private static final CaseType STAGE_2 = new CaseType("complaint-stage-2", "Complaint, stage 2", null,
            Optional.of(SlaDuration.workingDays(20)), Optional.empty(), CaseType.ClockStop.PAUSE, Optional.empty(),
            Optional.empty());

    private static TimedMilestone response(SlaDuration allowance, Instant started, Instant metAt, BusinessCalendar calendar,
                                           Instant now) {
        MilestoneClock clock = MilestoneClock.start(Milestone.FIRST_RESPONSE, allowance, 75, started);
        return TimedMilestone.at(metAt == null ? clock : clock.meet(metAt), calendar, now);
    }

    @Test
    void aSubjectAccessRequestReceivedOnTheLastDayOfJanuaryIsExtendedByTwoMonthsToTheLastDayOfApril() {
        Instant received = london("2026-01-31T10:00");
        // One month: 28 February 2026 is a Saturday, so Monday 2 March at the close.
        TimedMilestone clock = response(SlaDuration.calendarMonths(1), received, null, ENGLAND,
                london("2026-02-20T12:00"));
        assertThat(clock.status().dueAt()).isEqualTo(london("2026-03-02T17:00"));

        ExtensionRule.Granted granted = ExtensionRule.decide(Optional.of(SAR), Optional.of(clock), Optional.empty(),
                SlaDuration.calendarMonths(2), "The request is complex: records from three services.",
                london("2026-02-20T12:00"));

        assertThat(granted.allowance()).isEqualTo(SlaDuration.calendarMonths(3));
        assertThat(granted.totalExtension()).isEqualTo(SlaDuration.calendarMonths(2));
        assertThat(granted.allowance().deadlineFrom(ENGLAND, received)).isEqualTo(london("2026-04-30T17:00"));
    }

    @Test
    void extensionsAddUpToTheLimitAndNoFurther() {
        TimedMilestone clock = response(SlaDuration.calendarMonths(2), london("2026-01-05T10:00"), null, ENGLAND,
                london("2026-01-20T10:00"));
        assertThat(ExtensionRule.decide(Optional.of(SAR), Optional.of(clock), Optional.of(SlaDuration.calendarMonths(1)),
                SlaDuration.calendarMonths(1), "still complex", london("2026-01-20T10:00")).totalExtension())
                .isEqualTo(SlaDuration.calendarMonths(2));
        assertThatThrownBy(() -> ExtensionRule.decide(Optional.of(SAR), Optional.of(clock),
                Optional.of(SlaDuration.calendarMonths(2)), SlaDuration.calendarMonths(1), "more",
                london("2026-01-20T10:00")))
                .isInstanceOf(StatutoryRuleRefused.class).hasMessageContaining("at most 2 calendar months in all");
    }

    @Test
    void eachRefusalOfAnExtensionSaysWhy() {
        Instant now = london("2026-03-03T10:00");
        TimedMilestone running = response(SlaDuration.workingDays(20), london("2026-03-02T10:00"), null, ENGLAND, now);
        TimedMilestone answered = response(SlaDuration.workingDays(20), london("2026-03-02T10:00"),
                london("2026-03-02T15:00"), ENGLAND, now);
        SlaDuration tenDays = SlaDuration.workingDays(10);

        assertThatThrownBy(() -> ExtensionRule.decide(Optional.empty(), Optional.of(running), Optional.empty(), tenDays,
                "why", now)).hasMessageStartingWith("Only a case of a statutory type");
        assertThatThrownBy(() -> ExtensionRule.decide(Optional.of(STAGE_2), Optional.of(running), Optional.empty(),
                tenDays, "why", now)).hasMessage("The rule for a Complaint, stage 2 allows no extension.");
        assertThatThrownBy(() -> ExtensionRule.decide(Optional.of(STAGE_1), Optional.of(running), Optional.empty(),
                tenDays, "x".repeat(ExtensionRule.REASON_LIMIT + 1), now)).hasMessageContaining("under 1000");
        assertThatThrownBy(() -> ExtensionRule.decide(Optional.of(STAGE_1), Optional.empty(), Optional.empty(),
                tenDays, "why", now)).hasMessageContaining("not timed");
        assertThatThrownBy(() -> ExtensionRule.decide(Optional.of(STAGE_1), Optional.of(answered), Optional.empty(),
                tenDays, "why", now)).hasMessageContaining("already had the response");
        assertThatThrownBy(() -> ExtensionRule.decide(Optional.of(STAGE_1), Optional.of(running), Optional.empty(),
                SlaDuration.workingHours(4), "why", now)).hasMessageContaining("in working days");
        assertThat(ExtensionRule.decide(Optional.of(STAGE_1), Optional.of(running), Optional.empty(), tenDays, "why",
                now).allowance()).isEqualTo(SlaDuration.workingDays(30));
    }

    @Test
    void sixMonthsToEscalateEndOnTheNextWorkingDayWhereTheLastDayIsABankHolidayInThatNation() {
        // Six months from Saturday 30 May 2026 is Monday 30 November: St Andrew's Day, a holiday in Scotland only.
        Instant answeredAt = london("2026-05-30T11:00");
        Instant tuesdayNoon = london("2026-12-01T12:00");
        TimedMilestone inScotland = response(SlaDuration.workingDays(5), london("2026-05-26T10:00"), answeredAt,
                SCOTLAND, tuesdayNoon);
        TimedMilestone inEngland = response(SlaDuration.workingDays(5), london("2026-05-26T10:00"), answeredAt,
                ENGLAND, tuesdayNoon);

        assertThat(EscalationRule.decide(Optional.of(STAGE_1), Optional.of(inScotland), SCOTLAND, tuesdayNoon))
                .isEqualTo("complaint-stage-2");
        assertThatThrownBy(() -> EscalationRule.decide(Optional.of(STAGE_1), Optional.of(inEngland), ENGLAND,
                tuesdayNoon)).isInstanceOf(StatutoryRuleRefused.class).hasMessageContaining("has run out");
    }

    @Test
    void anUnansweredStageOneMayBeEscalatedOnlyOnceItsDeadlineHasPassed() {
        Instant opened = london("2026-03-02T10:00");
        Instant beforeDeadline = london("2026-03-16T09:59");
        Instant afterDeadline = london("2026-03-16T10:01");

        assertThatThrownBy(() -> EscalationRule.decide(Optional.of(STAGE_1), Optional.of(response(
                SlaDuration.workingDays(10), opened, null, ENGLAND, beforeDeadline)), ENGLAND, beforeDeadline))
                .hasMessageContaining("has not been answered and its deadline has not passed");
        assertThat(EscalationRule.decide(Optional.of(STAGE_1), Optional.of(response(SlaDuration.workingDays(10), opened,
                null, ENGLAND, afterDeadline)), ENGLAND, afterDeadline)).isEqualTo("complaint-stage-2");
        assertThatThrownBy(() -> EscalationRule.decide(Optional.of(STAGE_2), Optional.empty(), ENGLAND, afterDeadline))
                .hasMessage("A Complaint, stage 2 has no next stage to escalate to.");
        assertThatThrownBy(() -> EscalationRule.decide(Optional.empty(), Optional.empty(), ENGLAND, afterDeadline))
                .hasMessageStartingWith("Only a case of a type with a next stage");
    }
}
