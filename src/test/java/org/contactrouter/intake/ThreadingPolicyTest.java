package org.contactrouter.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.contactrouter.caseload.CaseSnapshot;
import org.contactrouter.caseload.CaseStatus;
import org.contactrouter.intake.ThreadingPolicy.JoinCase;
import org.contactrouter.intake.ThreadingPolicy.OpenCase;
import org.junit.jupiter.api.Test;

class ThreadingPolicyTest {

    static final CaseSnapshot OPEN_CASE_OF_7 = new CaseSnapshot(1, "CR-2026-000001", CaseStatus.ASSIGNED, 7L);
    static final CaseSnapshot CLOSED_CASE_OF_7 = new CaseSnapshot(2, "CR-2026-000002", CaseStatus.CLOSED, 7L);

    @Test
    void participantQuotingTheReferenceJoins() {
        assertThat(ThreadingPolicy.decide(Optional.of(OPEN_CASE_OF_7), Optional.empty(), 7L))
                .isEqualTo(new JoinCase(OPEN_CASE_OF_7));
    }

    @Test
    void strangerQuotingTheReferenceOpensALinkedCase() {
        var decision = ThreadingPolicy.decide(Optional.of(OPEN_CASE_OF_7), Optional.empty(), 8L);
        assertThat(decision).isInstanceOf(OpenCase.class);
        assertThat(((OpenCase) decision).linkedTo()).contains(OPEN_CASE_OF_7);
    }

    @Test
    void anonymousSenderQuotingAReferenceOpensALinkedCase() {
        var decision = ThreadingPolicy.decide(Optional.of(OPEN_CASE_OF_7), Optional.empty(), null);
        assertThat(((OpenCase) decision).linkedTo()).contains(OPEN_CASE_OF_7);
    }

    @Test
    void theReferenceWinsOverTheConversation() {
        CaseSnapshot other = new CaseSnapshot(3, "CR-2026-000003", CaseStatus.QUEUED, 9L);
        assertThat(ThreadingPolicy.decide(Optional.of(OPEN_CASE_OF_7), Optional.of(other), 7L))
                .isEqualTo(new JoinCase(OPEN_CASE_OF_7));
    }

    @Test
    void aClosedCaseIsNeverReopenedByAContact() {
        var byReference = ThreadingPolicy.decide(Optional.of(CLOSED_CASE_OF_7), Optional.empty(), 7L);
        var byConversation = ThreadingPolicy.decide(Optional.empty(), Optional.of(CLOSED_CASE_OF_7), 7L);
        assertThat(((OpenCase) byReference).linkedTo()).contains(CLOSED_CASE_OF_7);
        assertThat(((OpenCase) byConversation).linkedTo()).contains(CLOSED_CASE_OF_7);
    }

    @Test
    void anAnswerToAMessageOfAnOpenCaseJoinsIt() {
        assertThat(ThreadingPolicy.decide(Optional.empty(), Optional.of(OPEN_CASE_OF_7), 99L))
                .isEqualTo(new JoinCase(OPEN_CASE_OF_7));
    }

    @Test
    void nothingToContinueOpensAnUnlinkedCase() {
        var decision = ThreadingPolicy.decide(Optional.empty(), Optional.empty(), 7L);
        assertThat(((OpenCase) decision).linkedTo()).isEmpty();
    }
}
