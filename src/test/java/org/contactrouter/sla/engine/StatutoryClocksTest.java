package org.contactrouter.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.contactrouter.caseload.CaseStatus;
import org.contactrouter.casework.CaseActions;
import org.contactrouter.casework.DeadlineExtensions;
import org.contactrouter.casework.NotCaseHolder;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.reply.ReplyKind;
import org.contactrouter.routing.CaseActionRefused;
import org.contactrouter.officer.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Statutory case types on the whole application: set by classification or an officer, extended within their rule and
 * with a reason, restarted when the citizen answers a clarification, and a stage 1 complaint escalated to stage 2 on
 * the same case. Worked dates in London local time, on England's bank holidays (Good Friday 3 April, Easter Monday
 * 6 April, early May 4 May 2026) and across the clock change of 29 March 2026.
 */
class StatutoryClocksTest extends SlaApplicationTest {

    private static final CaseActions.Actor TESTER = new CaseActions.Actor(OFFICER, false);

    @Autowired
    CaseActions actions;
    @Autowired
    DeadlineExtensions extensions;

    @Test
    void aFreedomOfInformationRequestIsClassifiedAndTimedByTheAct() {
        CLOCK.set(london("2026-03-02T10:00"));
        String reference = openWriting("Freedom of Information request", "Please tell me what the council spent.");

        assertThat(caseColumn(reference, "case_type")).isEqualTo("foi");
        // 20 working days from Monday 2 March, across the change to BST: Monday 30 March, 10:00 local.
        assertThat(milestone(reference, "FIRST_RESPONSE")).extracting(Row::allowance, Row::dueAt)
                .containsExactly("20 working days", london("2026-03-30T10:00"));
        assertThat(clockColumn(reference, "FIRST_RESPONSE", "case_type")).isEqualTo("foi");
    }

    @Test
    void anOfficerSettingTheCaseTypeRecomputesItsDeadlinesAndIsAudited() {
        CLOCK.set(london("2026-03-02T10:00"));
        String reference = open(Channel.EMAIL);
        assertThat(milestone(reference, "FIRST_RESPONSE").allowance()).isEqualTo("3 working days");
        transferTo(OFFICER, reference);

        CLOCK.set(london("2026-03-02T11:00"));
        actions.changeCaseType(TESTER, reference, "complaint-stage-1");

        assertThat(milestone(reference, "FIRST_RESPONSE")).extracting(Row::allowance, Row::dueAt)
                .containsExactly("10 working days", london("2026-03-16T10:00"));
        assertThat(clockColumn(reference, "FIRST_RESPONSE", "case_type")).isEqualTo("complaint-stage-1");
        assertThat(events(reference, "CASE_TYPE_CHANGED")).containsExactly(
                OFFICER + ": case type changed from none to Complaint, stage 1");

        assertThatThrownBy(() -> actions.changeCaseType(TESTER, reference, "complaint"))
                .isInstanceOf(CaseActionRefused.class)
                .hasMessageStartingWith("'complaint' is not a case type; choose one of foi, eir, subject-access");
        String other = account("other", Role.OFFICER);
        assertThatThrownBy(() -> actions.changeCaseType(new CaseActions.Actor(other, false), reference, "foi"))
                .isInstanceOf(NotCaseHolder.class);
        assertThat(caseColumn(reference, "case_type")).isEqualTo("complaint-stage-1");
    }

    @Test
    void anExtensionWithinTheLimitMovesTheDeadlineAndEachRefusalSaysWhy() {
        CLOCK.set(london("2026-03-02T10:00"));
        String reference = openWriting("FOI request", "Under the Freedom of Information Act: the bin contracts.");
        transferTo(OFFICER, reference);

        CLOCK.set(london("2026-03-20T12:00"));
        assertThatThrownBy(() -> extensions.extend(TESTER, reference, "20 working days", " "))
                .isInstanceOf(CaseActionRefused.class).hasMessageContaining("Say why");
        assertThatThrownBy(() -> extensions.extend(TESTER, reference, "1 calendar month", "public interest"))
                .isInstanceOf(CaseActionRefused.class)
                .hasMessage("Extend a Freedom of Information request in working days, e.g. '20 working days'.");
        assertThatThrownBy(() -> extensions.extend(TESTER, reference, "twenty days", "public interest"))
                .isInstanceOf(CaseActionRefused.class).hasMessageStartingWith("Give the extension like");
        String other = account("other", Role.OFFICER);
        assertThatThrownBy(() -> extensions.extend(new CaseActions.Actor(other, false), reference, "5 working days",
                "public interest")).isInstanceOf(NotCaseHolder.class);
        assertThat(milestone(reference, "FIRST_RESPONSE").allowance()).as("nothing refused changed anything")
                .isEqualTo("20 working days");

        DeadlineExtensions.Outcome outcome = extensions.extend(TESTER, reference, "20 working days",
                "We need to weigh the public interest.");

        // 40 working days from 2 March, skipping Good Friday and Easter Monday: Wednesday 29 April.
        assertThat(outcome.dueAt()).isEqualTo(london("2026-04-29T10:00"));
        assertThat(milestone(reference, "FIRST_RESPONSE")).extracting(Row::allowance, Row::dueAt)
                .containsExactly("40 working days", london("2026-04-29T10:00"));
        assertThat(clockColumn(reference, "FIRST_RESPONSE", "extended_by")).isEqualTo("20 working days");
        assertThat(outcome.citizenNotTold()).as("email replies are switched off in this application")
                .hasValueSatisfying(why -> assertThat(why).contains("not enabled"));
        assertThat(jdbc.sql("select count(*) from reply r join cases c on c.id = r.case_id where c.reference = :r")
                .param("r", reference).query(Long.class).single()).as("no notice pretends to be on its way").isZero();
        assertThat(events(reference, "SLA_EXTENDED")).containsExactly(OFFICER + ": response deadline extended by"
                + " 20 working days to Wednesday 29 April 2026: We need to weigh the public interest.");

        assertThatThrownBy(() -> extensions.extend(TESTER, reference, "1 working day", "more"))
                .isInstanceOf(CaseActionRefused.class).hasMessage("The rule allows at most 20 working days in all for a"
                        + " Freedom of Information request; it has been extended by 20 working days already.");

        // The extension survives a recomputation for a change of service area.
        jdbc.sql("update cases set service_area = 'housing' where reference = :r").param("r", reference).update();
        sla.recompute(caseId(reference));
        assertThat(milestone(reference, "FIRST_RESPONSE").allowance()).isEqualTo("40 working days");
    }

    @Test
    void noExtensionAfterTheDeadlineOrForACaseWithoutAStatutoryType() {
        CLOCK.set(london("2026-03-02T10:00"));
        String foi = openWriting("Freedom of Information request", "How many potholes were filled?");
        String ordinary = open(Channel.EMAIL);
        transferTo(OFFICER, foi);
        transferTo(OFFICER, ordinary);

        CLOCK.set(london("2026-03-30T10:01"));
        assertThatThrownBy(() -> extensions.extend(TESTER, foi, "10 working days", "public interest"))
                .isInstanceOf(CaseActionRefused.class).hasMessageStartingWith("The deadline has passed");
        assertThatThrownBy(() -> extensions.extend(TESTER, ordinary, "1 working day", "busy"))
                .isInstanceOf(CaseActionRefused.class).hasMessageStartingWith("Only a case of a statutory type");
        assertThat(events(foi, "SLA_EXTENDED")).isEmpty();
    }

    @Test
    void aSubjectAccessClockStartsAgainInFullOnTheDayProofOfIdentityArrives() {
        // One calendar month from Friday 31 July is Monday 31 August, the summer bank holiday: Tuesday 1 September.
        CLOCK.set(london("2026-07-31T10:00"));
        String reference = openWriting("Subject access request", "Please send me all my personal data.");
        assertThat(caseColumn(reference, "case_type")).isEqualTo("subject-access");
        assertThat(milestone(reference, "FIRST_RESPONSE").dueAt()).isEqualTo(london("2026-09-01T17:00"));

        CLOCK.set(london("2026-08-03T09:00"));
        changeStatus(reference, CaseStatus.AWAITING_CITIZEN);
        CLOCK.set(london("2026-08-17T11:00"));
        citizenWritesAgain(reference);

        // From Monday 17 August: Thursday 17 September, not 1 September plus the fortnight waited.
        assertThat(milestone(reference, "FIRST_RESPONSE")).extracting(Row::startedAt, Row::dueAt, Row::state)
                .containsExactly(london("2026-08-17T11:00"), london("2026-09-17T17:00"), "ON_TRACK");
        assertThat(clockColumn(reference, "FIRST_RESPONSE", "restarts")).isEqualTo("1");
        assertThat(events(reference, "SLA_CLOCK_RESTARTED")).hasSize(1);
    }

    @Test
    void aComplaintGoesFromStageOneToStageTwoOnTheSameCase() {
        CLOCK.set(london("2026-03-02T10:00"));
        String reference = openWriting("Formal complaint", "I wish to make a complaint about the missed collections.");
        assertThat(caseColumn(reference, "case_type")).isEqualTo("complaint-stage-1");
        transferTo(OFFICER, reference);

        CLOCK.set(london("2026-03-03T10:00"));
        assertThatThrownBy(() -> actions.escalate(TESTER, reference, "not happy"))
                .isInstanceOf(CaseActionRefused.class).hasMessageContaining("has not been answered");

        CLOCK.set(london("2026-03-10T11:00"));
        delivered(reference, ReplyKind.REPLY, true);
        changeStatus(reference, CaseStatus.CLOSED);

        // Closed at stage 1, so any officer records the complainant's request.
        String other = account("stage2", Role.OFFICER);
        CLOCK.set(london("2026-04-20T10:00"));
        assertThatThrownBy(() -> actions.escalate(new CaseActions.Actor(other, false), reference, " "))
                .isInstanceOf(CaseActionRefused.class).hasMessageStartingWith("Say why");
        actions.escalate(new CaseActions.Actor(other, false), reference, "The complainant says the bins are still missed.");

        assertThat(caseColumn(reference, "case_type")).isEqualTo("complaint-stage-2");
        assertThat(caseColumn(reference, "status")).isEqualTo("QUEUED");
        assertThat(caseColumn(reference, "assigned_officer")).isNull();
        // Stage 2: acknowledge in 5 working days, answer in 20, skipping the early May bank holiday.
        assertThat(milestone(reference, "ACKNOWLEDGE").dueAt()).isEqualTo(london("2026-04-27T10:00"));
        assertThat(milestone(reference, "FIRST_RESPONSE")).extracting(Row::startedAt, Row::dueAt, Row::metAt)
                .containsExactly(london("2026-04-20T10:00"), london("2026-05-19T10:00"), null);
        assertThat(jdbc.sql("""
                        select m.case_type from sla_milestone m join cases c on c.id = m.case_id
                        where c.reference = :r and m.milestone = 'FIRST_RESPONSE' order by m.id""")
                .param("r", reference).query(String.class).list())
                .as("stage 1's clock stays stage 1's").containsExactly("complaint-stage-1", "complaint-stage-2");
        assertThat(events(reference, "ESCALATED")).containsExactly(other + ": escalated from Complaint, stage 1 to"
                + " Complaint, stage 2: The complainant says the bins are still missed.");

        assertThatThrownBy(() -> actions.escalate(new CaseActions.Actor("a-supervisor", true), reference, "again"))
                .isInstanceOf(CaseActionRefused.class).hasMessageContaining("no next stage");
    }

    @Test
    void theTimeToEscalateRunsTwoCalendarMonthsFromTheStageOneResponse() {
        CLOCK.set(london("2026-03-02T10:00"));
        String inTime = openWriting("Complaint about my bins", "This is a formal complaint.");
        String late = openWriting("Complaint about my bins", "This is a formal complaint.");
        CLOCK.set(london("2026-03-10T11:00"));
        for (String reference : List.of(inTime, late)) {
            delivered(reference, ReplyKind.REPLY, true);
            changeStatus(reference, CaseStatus.CLOSED);
        }

        // Two months from 10 March is Sunday 10 May: rolled to Monday 11 May, to its close.
        CLOCK.set(london("2026-05-11T16:59"));
        actions.escalate(TESTER, inTime, "still unhappy");
        assertThat(caseColumn(inTime, "case_type")).isEqualTo("complaint-stage-2");
        CLOCK.set(london("2026-05-12T09:00"));
        assertThatThrownBy(() -> actions.escalate(TESTER, late, "still unhappy"))
                .isInstanceOf(CaseActionRefused.class).hasMessageContaining("has run out");
        assertThat(caseColumn(late, "status")).isEqualTo("CLOSED");
    }

    @Test
    void theApiRefusesWithTheReason() throws Exception {
        CLOCK.set(london("2026-03-02T10:00"));
        String reference = open(Channel.EMAIL);
        transferTo(OFFICER, reference);

        mvc.perform(put("/api/v1/cases/" + reference + "/case-type").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"caseType\":\"fio\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("'fio' is not a case type")));
        mvc.perform(post("/api/v1/cases/" + reference + "/escalation").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"unhappy\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("Only a case of a type")));
        mvc.perform(put("/api/v1/cases/" + reference + "/case-type").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"caseType\":\"eir\"}"))
                .andExpect(status().isNoContent());
        assertThat(milestone(reference, "FIRST_RESPONSE").allowance()).isEqualTo("20 working days");
        mvc.perform(post("/api/v1/cases/" + reference + "/extension").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"by\":\"30 working days\",\"reason\":\"complex\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("The rule allows at most 20")));
    }

    @Test
    void theStatutoryReportCountsEachCaseTypeAndStageWithExtensionsAndRestarts() throws Exception {
        CLOCK.set(london("2025-02-03T10:00"));
        String onTime = openWriting("FOI request", "A freedom of information request about parking fines.");
        CLOCK.set(london("2025-02-04T10:00"));
        String extended = openWriting("FOI request", "A freedom of information request about parking fines.");
        transferTo(OFFICER, extended);
        CLOCK.set(london("2025-02-05T10:00"));
        String late = openWriting("FOI request", "A freedom of information request about parking fines.");
        extensions.extend(TESTER, extended, "10 working days", "public interest");
        CLOCK.set(london("2025-02-06T10:00"));
        String access = openWriting("Subject access", "A subject access request for my records.");
        CLOCK.set(london("2025-02-07T10:00"));
        changeStatus(access, CaseStatus.AWAITING_CITIZEN);
        CLOCK.set(london("2025-02-10T10:00"));
        citizenWritesAgain(access);
        delivered(onTime, ReplyKind.REPLY, true);
        String complaint = openWriting("Formal complaint", "A formal complaint about the bin crew.");
        open(Channel.EMAIL);
        CLOCK.set(london("2025-02-12T10:00"));
        delivered(complaint, ReplyKind.REPLY, true);
        changeStatus(complaint, CaseStatus.CLOSED);
        CLOCK.set(london("2025-02-20T10:00"));
        actions.escalate(TESTER, complaint, "not resolved");
        // 20 working days from 5 February is 5 March: answered on the 10th, late.
        CLOCK.set(london("2025-03-10T10:00"));
        delivered(late, ReplyKind.REPLY, true);

        String supervisor = account("statutory", Role.SUPERVISOR);
        mvc.perform(get("/api/v1/reports/statutory").param("from", "2025-02-01").param("to", "2025-02-28")
                        .with(httpBasic(supervisor, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseType").value(org.hamcrest.Matchers.contains("foi", "subject-access",
                        "complaint-stage-1", "complaint-stage-2")))
                .andExpect(jsonPath("$[0].received").value(3))
                .andExpect(jsonPath("$[0].answeredOnTime").value(1))
                .andExpect(jsonPath("$[0].answeredLate").value(1))
                .andExpect(jsonPath("$[0].open").value(1))
                .andExpect(jsonPath("$[0].extended").value(1))
                .andExpect(jsonPath("$[0].onTimePercent").value(50))
                .andExpect(jsonPath("$[1].restarted").value(1))
                .andExpect(jsonPath("$[1].onTimePercent").doesNotExist())
                .andExpect(jsonPath("$[2].answeredOnTime").value(1))
                .andExpect(jsonPath("$[3].name").value("Complaint, stage 2"))
                .andExpect(jsonPath("$[3].open").value(1));
        String csv = mvc.perform(get("/supervisor/reports/statutory.csv").param("from", "2025-02-01")
                        .param("to", "2025-02-28").with(user(supervisor).roles("SUPERVISOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).first().isEqualTo("case_type,name,received,answered_on_time,answered_late,overdue,open,"
                + "extended,restarted,on_time_percent");
        assertThat(csv.lines()).contains("foi,Freedom of Information request,3,1,1,0,1,1,0,50");
        String page = mvc.perform(get("/supervisor/reports").param("statutoryFrom", "2025-02-01")
                        .param("statutoryTo", "2025-02-28").with(user(supervisor).roles("SUPERVISOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Subject access request", "Complaint, stage 2", "50%");
        mvc.perform(get("/api/v1/reports/statutory").param("from", "2025-02-01").param("to", "2025-02-28")
                        .with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    /** Opens an email case from a new citizen with this subject and message, now. */
    private String openWriting(String subject, String body) {
        return intake.accept(Contact.builder(Channel.EMAIL, "test", UUID.randomUUID().toString(), CLOCK.instant())
                .sender(Sender.of(null, Identity.email(UUID.randomUUID() + "@example.com")))
                .subject(subject).body(body).build()).reference();
    }

    private String clockColumn(String reference, String milestone, String column) {
        return jdbc.sql("select m." + column + " from sla_milestone m join cases c on c.id = m.case_id"
                        + " where c.reference = :r and m.milestone = :m order by m.id desc limit 1")
                .param("r", reference).param("m", milestone).query((rs, n) -> rs.getString(1)).single();
    }

    /** "actor: detail" of each event of the type, oldest first. */
    private List<String> events(String reference, String type) {
        return jdbc.sql("""
                        select e.actor, e.detail from case_event e join cases c on c.id = e.case_id
                        where c.reference = :r and e.event_type = :t order by e.id""")
                .param("r", reference).param("t", type)
                .query((rs, n) -> rs.getString("actor") + ": " + rs.getString("detail")).list();
    }
}
