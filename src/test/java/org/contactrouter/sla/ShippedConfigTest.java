package org.contactrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.contactrouter.contact.Channel;
import org.junit.jupiter.api.Test;

/** The files shipped in {@code config/} load and hold the agreed defaults and the published bank holidays. */
class ShippedConfigTest {

    private final SlaConfiguration config = SlaConfiguration.load(Calendars.STANDARDS, Calendars.BANK_HOLIDAYS,
            BankHolidayDivision.ENGLAND_AND_WALES, BusinessCalendar.LONDON);

    @Test
    void channelDefaults() {
        SlaStandard email = config.standards().standardFor(Channel.EMAIL, null, null, null);
        SlaStandard web = config.standards().standardFor(Channel.WEB, null, null, null);
        SlaStandard phone = config.standards().standardFor(Channel.PHONE, null, null, null);
        SlaStandard social = config.standards().standardFor(Channel.SOCIAL, null, null, null);

        assertThat(email.allowance(Milestone.ACKNOWLEDGE)).contains(SlaDuration.workingDays(1));
        assertThat(email.allowance(Milestone.FIRST_RESPONSE)).contains(SlaDuration.workingDays(3));
        assertThat(web.allowance(Milestone.ACKNOWLEDGE)).contains(SlaDuration.immediate());
        assertThat(web.allowance(Milestone.FIRST_RESPONSE)).contains(SlaDuration.workingDays(3));
        assertThat(phone.allowance(Milestone.FIRST_RESPONSE)).contains(SlaDuration.workingDays(1));
        assertThat(phone.allowance(Milestone.ACKNOWLEDGE)).isEmpty();
        assertThat(social.allowance(Milestone.ACKNOWLEDGE)).contains(SlaDuration.workingHours(2));
        assertThat(social.allowance(Milestone.FIRST_RESPONSE)).contains(SlaDuration.workingDays(1));
        assertThat(email.warningPercent()).isEqualTo(75);
        assertThat(email.allowance(Milestone.RESOLVE)).isEmpty();
    }

    @Test
    void caseTypeOverrides() {
        SlaStandard foi = config.standards().standardFor(Channel.EMAIL, "planning", null, "FOI");
        SlaStandard complaint = config.standards().standardFor(Channel.WEB, null, null, "complaint-stage-1");

        assertThat(foi.allowance(Milestone.FIRST_RESPONSE)).contains(SlaDuration.workingDays(20));
        assertThat(foi.allowance(Milestone.ACKNOWLEDGE)).as("channel acknowledgement kept").contains(SlaDuration.workingDays(1));
        assertThat(foi.allowance(Milestone.NEXT_RESPONSE)).as("switched off with 'none'").isEmpty();
        assertThat(complaint.allowance(Milestone.FIRST_RESPONSE)).contains(SlaDuration.workingDays(10));
        assertThat(complaint.allowance(Milestone.ACKNOWLEDGE)).contains(SlaDuration.immediate());
    }

    @Test
    void statutoryCaseTypesInEngland() {
        SlaStandards standards = config.standards();

        assertThat(standards.caseTypes()).extracting(CaseType::key)
                .containsExactly("complaint-stage-1", "complaint-stage-2", "foi", "eir", "subject-access");
        CaseType stage1 = standards.caseType("complaint-stage-1").orElseThrow();
        assertThat(stage1.response()).contains(SlaDuration.workingDays(10));
        assertThat(stage1.extensionLimit()).contains(SlaDuration.workingDays(10));
        assertThat(stage1.escalatesTo()).contains("complaint-stage-2");
        assertThat(stage1.escalateWithin()).contains(SlaDuration.calendarMonths(2));
        assertThat(stage1.clockStop()).isEqualTo(CaseType.ClockStop.PAUSE);
        assertThat(standards.standardFor(Channel.EMAIL, null, null, "complaint-stage-2").allowance(Milestone.ACKNOWLEDGE))
                .contains(SlaDuration.workingDays(5));
        assertThat(standards.caseType("EIR").orElseThrow().extensionLimit()).contains(SlaDuration.workingDays(20));
        CaseType sar = standards.caseType("subject-access").orElseThrow();
        assertThat(sar.response()).contains(SlaDuration.calendarMonths(1));
        assertThat(sar.extensionLimit()).contains(SlaDuration.calendarMonths(2));
        assertThat(sar.clockStop()).isEqualTo(CaseType.ClockStop.RESTART);
        assertThat(standards.caseType("foi").orElseThrow().source()).contains("section 10(1)");
    }

    @Test
    void scottishCouncilsFollowTheSpsoModelAndFoisa() {
        SlaStandards scottish = SlaConfiguration.load(Calendars.STANDARDS, Calendars.BANK_HOLIDAYS,
                BankHolidayDivision.SCOTLAND, BusinessCalendar.LONDON).standards();

        CaseType stage1 = scottish.caseType("complaint-stage-1").orElseThrow();
        assertThat(stage1.response()).contains(SlaDuration.workingDays(5));
        assertThat(stage1.source()).startsWith("Scottish Public Services Ombudsman");
        assertThat(stage1.escalateWithin()).contains(SlaDuration.calendarMonths(6));
        assertThat(scottish.standardFor(Channel.EMAIL, null, null, "complaint-stage-2").allowance(Milestone.ACKNOWLEDGE))
                .contains(SlaDuration.workingDays(3));
        assertThat(scottish.caseType("foi").orElseThrow().extensionLimit()).as("no public interest extension").isEmpty();
        assertThat(scottish.caseType("foi").orElseThrow().response()).contains(SlaDuration.workingDays(20));
    }

    @Test
    void calendarHasWeekdayHoursAndTheYearEndClosures() {
        BusinessCalendar calendar = config.calendar();

        assertThat(calendar.workingPeriodOn(LocalDate.of(2026, 1, 14)).orElseThrow().opens())
                .isEqualTo(Calendars.london("2026-01-14T09:00"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 17))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 29))).as("year-end closure").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).as("Boxing Day substitute").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
        assertThat(SlaStandardsFile.load(Calendars.STANDARDS, BankHolidayDivision.ENGLAND_AND_WALES).workingWeek().on(DayOfWeek.FRIDAY).orElseThrow())
                .isEqualTo(new OpeningHours(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    }

    @Test
    void englandAndWalesHolidaysMatchThePublishedDates() {
        assertThat(dates(BankHolidayDivision.ENGLAND_AND_WALES)).containsExactly(
                "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
                "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
                "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
                "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26");
    }

    @Test
    void scotlandHolidaysMatchThePublishedDates() {
        assertThat(dates(BankHolidayDivision.SCOTLAND)).containsExactly(
                "2025-01-01", "2025-01-02", "2025-04-18", "2025-05-05", "2025-05-26", "2025-08-04", "2025-12-01", "2025-12-25", "2025-12-26",
                "2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04", "2026-05-25", "2026-08-03", "2026-11-30", "2026-12-25", "2026-12-28",
                "2027-01-01", "2027-01-04", "2027-03-26", "2027-05-03", "2027-05-31", "2027-08-02", "2027-11-30", "2027-12-27", "2027-12-28",
                "2028-01-03", "2028-01-04", "2028-04-14", "2028-05-01", "2028-05-29", "2028-08-07", "2028-11-30", "2028-12-25", "2028-12-26");
    }

    @Test
    void northernIrelandHolidaysMatchThePublishedDates() {
        assertThat(dates(BankHolidayDivision.NORTHERN_IRELAND)).containsExactly(
                "2025-01-01", "2025-03-17", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-07-14", "2025-08-25", "2025-12-25", "2025-12-26",
                "2026-01-01", "2026-03-17", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-07-13", "2026-08-31", "2026-12-25", "2026-12-28",
                "2027-01-01", "2027-03-17", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-07-12", "2027-08-30", "2027-12-27", "2027-12-28",
                "2028-01-03", "2028-03-17", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-07-12", "2028-08-28", "2028-12-25", "2028-12-26");
    }

    @Test
    void everyHolidayIsAWeekday() {
        for (BankHolidayDivision division : BankHolidayDivision.values()) {
            assertThat(BankHolidays.load(Calendars.BANK_HOLIDAYS, division).dates())
                    .allSatisfy(date -> assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }
    }

    private static List<String> dates(BankHolidayDivision division) {
        return BankHolidays.load(Calendars.BANK_HOLIDAYS, division).holidays().stream()
                .map(h -> h.date().toString()).toList();
    }
}
