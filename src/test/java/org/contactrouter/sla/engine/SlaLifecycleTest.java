package org.contactrouter.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.contactrouter.caseload.CaseStatus;
import org.contactrouter.contact.Channel;
import org.contactrouter.persistence.SqlTime;
import org.contactrouter.reply.ReplyKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The clocks follow the case: started at intake, paused while awaiting the citizen, restarted when the citizen
 * writes again, met by acknowledgements, replies and callbacks, recomputed when the case is reclassified or the
 * standards change. Times are London local times (March 2026, BST from the 29th); working hours Mon-Fri 09:00-17:00.
 */
class SlaLifecycleTest extends SlaApplicationTest {

    @Autowired
    SlaStandardsCheck standardsCheck;

    @Test
    void awaitingTheCitizenMovesTheDeadlineByThePausedWorkingTime() {
        CLOCK.set(london("2026-03-02T10:00"));
        String reference = open(Channel.EMAIL);
        assertThat(milestone(reference, "FIRST_RESPONSE").dueAt()).isEqualTo(london("2026-03-05T10:00"));

        CLOCK.set(london("2026-03-02T12:00"));
        changeStatus(reference, CaseStatus.AWAITING_CITIZEN);
        assertThat(milestone(reference, "FIRST_RESPONSE").state()).isEqualTo("PAUSED");
        assertThat(slaDueAt(reference)).as("no running clock").isNull();
        assertThat(caseColumn(reference, "sla_state")).isEqualTo("PAUSED");

        // Paused Mon 12:00 to Tue 12:00: 8 working hours.
        CLOCK.set(london("2026-03-03T12:00"));
        changeStatus(reference, CaseStatus.QUEUED);

        assertThat(milestone(reference, "FIRST_RESPONSE").dueAt()).isEqualTo(london("2026-03-06T10:00"));
        assertThat(milestone(reference, "FIRST_RESPONSE").state()).isEqualTo("ON_TRACK");
        // Acknowledge, 1 working day: Tue 10:00 plus the same 8 paused hours.
        assertThat(milestone(reference, "ACKNOWLEDGE").dueAt()).isEqualTo(london("2026-03-04T10:00"));
        assertThat(slaDueAt(reference)).isEqualTo(london("2026-03-04T10:00"));
        assertThat(caseColumn(reference, "sla_state")).isEqualTo("ON_TRACK");
    }

    @Test
    void aCitizenWritingAgainAfterAnAnswerStartsAFreshNextResponseClockAndAnUnansweredOneKeepsItsDeadline() {
        CLOCK.set(london("2026-03-09T10:00"));
        String reference = open(Channel.EMAIL);
        CLOCK.set(london("2026-03-09T11:00"));
        delivered(reference, ReplyKind.REPLY, true);
        assertThat(milestone(reference, "FIRST_RESPONSE").metAt()).isEqualTo(london("2026-03-09T11:00"));

        CLOCK.set(london("2026-03-09T12:00"));
        citizenWritesAgain(reference);
        assertThat(milestone(reference, "NEXT_RESPONSE").dueAt()).isEqualTo(london("2026-03-12T12:00"));

        CLOCK.set(london("2026-03-10T09:30"));
        delivered(reference, ReplyKind.REPLY, true);
        CLOCK.set(london("2026-03-11T09:30"));
        citizenWritesAgain(reference);
        CLOCK.set(london("2026-03-11T10:00"));
        citizenWritesAgain(reference);

        assertThat(countMilestones(reference, "NEXT_RESPONSE")).isEqualTo(2);
        Row latest = milestone(reference, "NEXT_RESPONSE");
        assertThat(latest.startedAt()).isEqualTo(london("2026-03-11T09:30"));
        assertThat(latest.dueAt()).isEqualTo(london("2026-03-16T09:30"));
        assertThat(latest.metAt()).isNull();
    }

    @Test
    void anAcknowledgementMeetsOnlyTheAcknowledgeMilestone() {
        CLOCK.set(london("2026-03-16T10:00"));
        String reference = open(Channel.EMAIL);

        CLOCK.set(london("2026-03-16T10:05"));
        delivered(reference, ReplyKind.ACKNOWLEDGEMENT, true);

        assertThat(milestone(reference, "ACKNOWLEDGE")).extracting(Row::metAt, Row::state)
                .containsExactly(london("2026-03-16T10:05"), "MET");
        assertThat(milestone(reference, "FIRST_RESPONSE").metAt()).isNull();
        assertThat(slaDueAt(reference)).isEqualTo(london("2026-03-19T10:00"));
    }

    @Test
    void aRecordedCallbackThatCountsAsAResponseMeetsThePhoneFirstResponse() throws Exception {
        CLOCK.set(london("2026-03-16T10:00"));
        String reference = open(Channel.PHONE);
        assertThat(milestone(reference, "FIRST_RESPONSE").dueAt()).isEqualTo(london("2026-03-17T10:00"));
        transferTo(OFFICER, reference);

        CLOCK.set(london("2026-03-16T11:00"));
        callback(reference, "NO_ANSWER");
        assertThat(milestone(reference, "FIRST_RESPONSE").metAt()).isNull();

        CLOCK.set(london("2026-03-16T14:00"));
        callback(reference, "REACHED");
        assertThat(milestone(reference, "FIRST_RESPONSE")).extracting(Row::metAt, Row::state)
                .containsExactly(london("2026-03-16T14:00"), "MET");
        assertThat(caseColumn(reference, "sla_state")).isEqualTo("MET");
        assertThat(slaDueAt(reference)).isNull();
    }

    @Test
    void changingTheServiceAreaRecomputesTheDeadlineKeepingThePausedTime() {
        CLOCK.set(london("2026-03-23T10:00"));
        String reference = open(Channel.EMAIL);
        CLOCK.set(london("2026-03-23T12:00"));
        changeStatus(reference, CaseStatus.AWAITING_CITIZEN);
        CLOCK.set(london("2026-03-24T12:00"));
        changeStatus(reference, CaseStatus.QUEUED);

        jdbc.sql("update cases set service_area = 'highways' where reference = :r").param("r", reference).update();
        assertThat(sla.recompute(caseId(reference))).isTrue();

        // 1 working day from Mon 10:00 is Tue 10:00, plus the 8 paused working hours: Wed 10:00 (not Tue 10:00, as
        // a recomputation from scratch would make it).
        assertThat(milestone(reference, "FIRST_RESPONSE")).extracting(Row::allowance, Row::dueAt)
                .containsExactly("1 working day", london("2026-03-25T10:00"));
        assertThat(sla.recompute(caseId(reference))).as("nothing left to change").isFalse();
    }

    @Test
    void closingTheCaseMeetsEveryClockStillRunning() {
        CLOCK.set(london("2026-03-25T10:00"));
        String reference = open(Channel.WEB);
        assertThat(milestone(reference, "ACKNOWLEDGE")).extracting(Row::metAt, Row::state)
                .as("the web page acknowledged it on receipt").containsExactly(london("2026-03-25T10:00"), "MET");

        CLOCK.set(london("2026-03-25T15:00"));
        changeStatus(reference, CaseStatus.CLOSED);

        assertThat(milestone(reference, "FIRST_RESPONSE").metAt()).isEqualTo(london("2026-03-25T15:00"));
        assertThat(caseColumn(reference, "sla_state")).isEqualTo("MET");
    }

    @Test
    void atStartUpOpenClocksWrittenUnderAnEarlierStandardFollowTheCurrentOne() {
        CLOCK.set(london("2026-03-26T10:00"));
        String reference = open(Channel.EMAIL);
        // As if the clock had been started when the file said 5 working days and the council has since edited it.
        jdbc.sql("update sla_milestone set allowance = '5 working days', due_at = :old where case_id = :id "
                        + "and milestone = 'FIRST_RESPONSE'")
                .param("old", SqlTime.of(london("2026-04-02T10:00"))).param("id", caseId(reference)).update();

        standardsCheck.run(null);

        assertThat(milestone(reference, "FIRST_RESPONSE")).extracting(Row::allowance, Row::dueAt)
                .containsExactly("3 working days", london("2026-03-31T10:00"));
    }

    @Test
    void aWelshCaseHasTheSameDeadlinesAsAnEnglishCaseOfTheSameChannel() {
        CLOCK.set(london("2026-03-06T15:30"));
        for (Channel channel : Channel.values()) {
            String english = open(channel, "en");
            String welsh = open(channel, "cy");

            assertThat(caseColumn(welsh, "language")).isEqualTo("cy");
            assertThat(caseColumn(english, "language")).isEqualTo("en");
            assertThat(deadlines(welsh)).as(channel + ": answering in Welsh must never mean waiting longer")
                    .isNotEmpty().isEqualTo(deadlines(english));
        }
    }

    private void callback(String reference, String outcome) throws Exception {
        mvc.perform(post("/api/v1/cases/" + reference + "/callbacks").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"" + outcome + "\"}"))
                .andExpect(status().isCreated());
    }
}
