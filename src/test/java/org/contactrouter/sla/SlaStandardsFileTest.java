package org.contactrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.contactrouter.contact.Channel;
import org.junit.jupiter.api.Test;

/** Precedence of overrides and the messages for mistakes in {@code sla-standards.yml}. */
class SlaStandardsFileTest {

    private static final String CHANNELS = """
            channels:
              phone: {first-response-within: 1 working day}
              email: {acknowledge-within: 1 working day, first-response-within: 3 working days}
              web: {acknowledge-within: immediate}
              social: {acknowledge-within: 2 working hours}
              sms: {acknowledge-within: 2 working hours}
              post: {first-response-within: 10 working days}
            """;

    private static SlaStandards standards(String yaml) {
        return SlaStandardsFile.parse(yaml, "sla-standards.yml").standards();
    }

    private static void assertRejected(String yaml, String message) {
        assertThatThrownBy(() -> SlaStandardsFile.parse(yaml, "sla-standards.yml"))
                .isInstanceOf(SlaConfigException.class)
                .hasMessage(message);
    }

    @Test
    void caseTypeBeatsPriorityBeatsServiceAreaBeatsChannel() {
        SlaStandards standards = standards(CHANNELS + """
                case-types:
                  foi: {name: FOI request}
                overrides:
                  - when: {service-area: Waste}
                    first-response-within: 5 working days
                  - when: {service-area: waste, channel: email}
                    first-response-within: 4 working days
                  - when: {priority: urgent}
                    first-response-within: 4 working hours
                    warning-threshold: 50%
                  - when: {case-type: foi}
                    first-response-within: 20 working days
                  - when: {case-type: foi, priority: urgent}
                    first-response-within: 10 working days
                """);

        assertThat(first(standards, Channel.EMAIL, null, null, null)).isEqualTo("3 working days");
        assertThat(first(standards, Channel.PHONE, " WASTE ", null, null)).isEqualTo("5 working days");
        assertThat(first(standards, Channel.EMAIL, "waste", null, null)).isEqualTo("4 working days");
        assertThat(first(standards, Channel.EMAIL, "waste", "urgent", null)).isEqualTo("4 working hours");
        assertThat(first(standards, Channel.EMAIL, "waste", "urgent", "foi")).isEqualTo("10 working days");
        assertThat(first(standards, Channel.EMAIL, "waste", null, "foi")).isEqualTo("20 working days");
        assertThat(standards.standardFor(Channel.EMAIL, "waste", "urgent", "foi").warningPercent()).isEqualTo(50);
        assertThat(standards.standardFor(Channel.EMAIL, null, null, null).warningPercent()).isEqualTo(75);
    }

    @Test
    void channelAndOverrideWarningThresholds() {
        SlaStandards standards = standards("warning-threshold: 80%\n" + CHANNELS.replace(
                "social: {acknowledge-within: 2 working hours}",
                "social: {acknowledge-within: 2 working hours, warning-threshold: 60}"));

        assertThat(standards.standardFor(Channel.SOCIAL, null, null, null).warningPercent()).isEqualTo(60);
        assertThat(standards.standardFor(Channel.EMAIL, null, null, null).warningPercent()).isEqualTo(80);
    }

    @Test
    void unknownChannel() {
        assertRejected(CHANNELS + "  fax: {}\n",
                "sla-standards.yml: channels.fax (line 8): unknown channel 'fax'; expected one of phone, email, web, social, sms, post");
    }

    @Test
    void missingChannel() {
        assertRejected(CHANNELS.replace("  social: {acknowledge-within: 2 working hours}\n", ""),
                "sla-standards.yml: channels.social (line 2): missing; every channel needs a standard "
                        + "(write 'social: {}' for a channel with no timed milestones)");
    }

    @Test
    void unparseableDuration() {
        assertRejected(CHANNELS.replace("3 working days", "3 wrking days"),
                "sla-standards.yml: channels.email.first-response-within (line 3): cannot read '3 wrking days' as an "
                        + "allowance; write e.g. '3 working days', '2 working hours', '48 elapsed hours', '1 calendar month', 'immediate' or 'none'");
    }

    @Test
    void elapsedDaysAreNotAccepted() {
        assertThatThrownBy(() -> standards(CHANNELS.replace("1 working day}", "2 elapsed days}")))
                .isInstanceOf(SlaConfigException.class)
                .hasMessageStartingWith("sla-standards.yml: channels.phone.first-response-within (line 2): cannot read '2 elapsed days'");
    }

    @Test
    void thresholdOutsideZeroToHundredPercent() {
        assertRejected("warning-threshold: 150%\n" + CHANNELS,
                "sla-standards.yml: warning-threshold (line 1): '150%' is not a whole percentage from 0% to 100%, e.g. 75%");
        assertRejected("warning-threshold: -5%\n" + CHANNELS,
                "sla-standards.yml: warning-threshold (line 1): '-5%' is not a whole percentage from 0% to 100%, e.g. 75%");
    }

    @Test
    void misspeltMilestoneKey() {
        assertRejected(CHANNELS.replace("web: {acknowledge-within", "web: {acknowledge-with"),
                "sla-standards.yml: channels.web.acknowledge-with (line 4): unknown key 'acknowledge-with'; expected one of "
                        + "acknowledge-within, first-response-within, next-response-within, resolve-within, warning-threshold");
    }

    @Test
    void overrideProblems() {
        assertRejected(CHANNELS + "overrides:\n  - first-response-within: 1 working day\n",
                "sla-standards.yml: overrides[0].when (line 9): missing");
        assertRejected(CHANNELS + "overrides:\n  - when: {channel: fax}\n    first-response-within: 1 working day\n",
                "sla-standards.yml: overrides[0].when.channel (line 9): unknown channel 'fax'; expected one of phone, email, web, social, sms, post");
        assertRejected(CHANNELS + "overrides:\n  - when: {service-area: waste}\n",
                "sla-standards.yml: overrides[0] (line 9): sets nothing; give at least one milestone or warning-threshold");
        assertRejected(CHANNELS + "overrides:\n  - when: {service-area: waste}\n    resolve-within: none\n"
                        + "  - when: {service-area: WASTE}\n    resolve-within: 1 working day\n",
                "sla-standards.yml: overrides[1].when (line 11): same conditions as overrides[0]; merge the two rules");
    }

    @Test
    void caseTypesCarryTheirRulesAndTheDivisionsVariant() {
        String yaml = CHANNELS + """
                case-types:
                  sar:
                    name: Subject access request
                    source: UK GDPR Article 12(3)
                    first-response-within: 1 calendar month
                    extension-up-to: 2 calendar months
                    clock-stop: restart
                  stage-1:
                    name: Complaint, stage 1
                    first-response-within: 10 working days
                    escalates-to: stage-2
                    escalate-within: none
                    scotland:
                      first-response-within: 5 working days
                  stage-2: {name: "Complaint, stage 2", acknowledge-within: 3 working days}
                """;

        SlaStandards english = SlaStandardsFile.parse(yaml, "sla-standards.yml").standards();
        SlaStandards scottish = SlaStandardsFile.parse(yaml, "sla-standards.yml", BankHolidayDivision.SCOTLAND).standards();

        assertThat(english.caseType("SAR")).contains(new CaseType("sar", "Subject access request", "UK GDPR Article 12(3)",
                Optional.of(SlaDuration.calendarMonths(1)), Optional.of(SlaDuration.calendarMonths(2)),
                CaseType.ClockStop.RESTART, Optional.empty(), Optional.empty()));
        assertThat(first(english, Channel.EMAIL, null, null, "stage-1")).isEqualTo("10 working days");
        assertThat(first(scottish, Channel.EMAIL, null, null, "stage-1")).isEqualTo("5 working days");
        assertThat(english.caseType("stage-1").orElseThrow().escalatesTo()).contains("stage-2");
        assertThat(english.caseType("stage-1").orElseThrow().escalateWithin()).as("'none': no limit").isEmpty();
        assertThat(english.caseType("stage-2").orElseThrow().clockStop()).isEqualTo(CaseType.ClockStop.PAUSE);
        assertThat(english.caseType("stage-2").orElseThrow().mayBeExtended()).isFalse();
        assertThat(english.caseType("unknown")).isEmpty();
    }

    @Test
    void caseTypeProblems() {
        assertRejected(CHANNELS + "case-types:\n  foi: {first-response-within: 20 working days}\n",
                "sla-standards.yml: case-types.foi.name (line 9): missing");
        assertRejected(CHANNELS + "case-types:\n  foi: {name: FOI, first-response-within: 20 working days,"
                        + " extension-up-to: 1 calendar month}\n",
                "sla-standards.yml: case-types.foi.extension-up-to (line 9): must be counted like first-response-within"
                        + " (20 working days), e.g. '10 working days'");
        assertRejected(CHANNELS + "case-types:\n  foi: {name: FOI, extension-up-to: 5 working days}\n",
                "sla-standards.yml: case-types.foi.extension-up-to (line 9): extends the response, but"
                        + " first-response-within is not set");
        assertRejected(CHANNELS + "case-types:\n  foi: {name: FOI, clock-stop: freeze}\n",
                "sla-standards.yml: case-types.foi.clock-stop (line 9): 'freeze' is neither 'pause' (go on from where"
                        + " the clock stopped) nor 'restart' (start again in full when the citizen answers)");
        assertRejected(CHANNELS + "case-types:\n  stage-1: {name: Complaint, escalates-to: stage-two}\n",
                "sla-standards.yml: case-types.stage-1.escalates-to (line 9): names no case type 'stage-two'; expected"
                        + " one of stage-1");
        assertRejected(CHANNELS + "case-types:\n  stage-1: {name: Complaint, escalate-within: 2 calendar months}\n",
                "sla-standards.yml: case-types.stage-1.escalate-within (line 9): needs escalates-to");
        assertRejected(CHANNELS + "case-types:\n  foi:\n    name: FOI\n    scotland: {first-response-within: 20 wrking days}\n",
                "sla-standards.yml: case-types.foi.scotland.first-response-within (line 11): cannot read '20 wrking days'"
                        + " as an allowance; write e.g. '3 working days', '2 working hours', '48 elapsed hours',"
                        + " '1 calendar month', 'immediate' or 'none'");
        assertRejected(CHANNELS + "overrides:\n  - when: {case-type: complaint}\n    first-response-within: 1 working day\n",
                "sla-standards.yml: overrides[0].when.case-type (line 9): unknown case type 'complaint'; define it"
                        + " under case-types");
    }

    @Test
    void calendarProblems() {
        assertRejected(CHANNELS + "calendar:\n  working-hours:\n    monday: 9 till 5\n",
                "sla-standards.yml: calendar.working-hours.monday (line 10): cannot read '9 till 5' as opening hours; "
                        + "write e.g. 09:00-17:00 or 'closed'");
        assertRejected(CHANNELS + "calendar:\n  working-hours:\n    funday: 09:00-17:00\n",
                "sla-standards.yml: calendar.working-hours.funday (line 10): unknown key 'funday'; expected one of "
                        + "friday, monday, saturday, sunday, thursday, tuesday, wednesday");
        assertRejected(CHANNELS + "calendar:\n  closures: [12-32]\n",
                "sla-standards.yml: calendar.closures[0] (line 9): '12-32' is neither a date like 2026-08-14 nor a month-day like 12-29");
    }

    @Test
    void notYamlOrEmpty() {
        assertThatThrownBy(() -> standards("channels: [unclosed"))
                .isInstanceOf(SlaConfigException.class).hasMessageStartingWith("sla-standards.yml: not valid YAML:");
        assertRejected("", "sla-standards.yml: the file is empty; it needs at least a 'channels' section");
    }

    @Test
    void bankHolidayFileProblems() {
        assertThatThrownBy(() -> BankHolidays.parse("{\"scotland\": {\"events\": []}}", "bank-holidays.json",
                BankHolidayDivision.NORTHERN_IRELAND))
                .isInstanceOf(SlaConfigException.class)
                .hasMessage("bank-holidays.json: northern-ireland.events: missing; the file must have a "
                        + "'northern-ireland' division with an events list");
        assertThatThrownBy(() -> BankHolidays.parse(
                "{\"scotland\": {\"events\": [{\"title\": \"x\", \"date\": \"2026-02-30\"}]}}", "bank-holidays.json",
                BankHolidayDivision.SCOTLAND))
                .isInstanceOf(SlaConfigException.class)
                .hasMessage("bank-holidays.json: scotland.events[0].date: '2026-02-30' is not a date like 2026-12-25");
        assertThatThrownBy(() -> BankHolidayDivision.fromKey("wales"))
                .hasMessage("unknown bank-holiday division 'wales', expected one of england-and-wales, scotland, northern-ireland");
    }

    private static String first(SlaStandards standards, Channel channel, String area, String priority, String caseType) {
        return standards.standardFor(channel, area, priority, caseType).allowance(Milestone.FIRST_RESPONSE)
                .map(SlaDuration::toString).orElse("none");
    }
}
