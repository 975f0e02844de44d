package org.contactrouter.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.contactrouter.caseload.CaseQueries;
import org.contactrouter.contact.Identity;
import org.junit.jupiter.api.Test;

class DeliveryStateTest {

    private static final List<Identity> EMAIL_AND_PHONE =
            List.of(Identity.email("a@example.org"), Identity.phone("+447700900123"));

    @Test
    void aSentReplySaysSoAndAsksNothing() {
        DeliveryState state = DeliveryState.of(reply("SENT", 1, null), EMAIL_AND_PHONE);
        assertThat(state.tag()).isEqualTo("Sent");
        assertThat(state.explanation()).isEqualTo("Sent by email.");
        assertThat(state.whatToDo()).isNull();
        assertThat(state.failed()).isFalse();
    }

    @Test
    void aReplyStillTryingSaysWhyTheLastAttemptFailedAndIsNotCalledFailed() {
        DeliveryState state = DeliveryState.of(reply("PENDING", 2, "connection refused"), EMAIL_AND_PHONE);
        assertThat(state.tag()).isEqualTo("Sending");
        assertThat(state.explanation()).isEqualTo("Attempt 2 failed (connection refused); we keep trying and show"
                + " Failed here if it cannot go.");
        assertThat(DeliveryState.of(reply("PENDING", 0, null), EMAIL_AND_PHONE).explanation())
                .isEqualTo("Waiting to go by email.");
    }

    @Test
    void aFailedReplyGivesTheReasonAndTheNumberToCallBack() {
        DeliveryState state = DeliveryState.of(reply("FAILED", 1, "550 mailbox unknown"), EMAIL_AND_PHONE);
        assertThat(state.failed()).isTrue();
        assertThat(state.tagColour()).isEqualTo("govuk-tag--red");
        assertThat(state.explanation()).isEqualTo("Not delivered: 550 mailbox unknown.");
        assertThat(state.whatToDo()).isEqualTo("The citizen has not had this reply. Call them back on +447700900123"
                + " and record the call.");
    }

    @Test
    void aFailedReplyToACitizenWithNoNumberSaysThereIsNoOtherWayToReachThem() {
        DeliveryState state = DeliveryState.of(reply("FAILED", 1, null), List.of(Identity.email("a@example.org")));
        assertThat(state.explanation()).isEqualTo("Not delivered: no reason was given.");
        assertThat(state.whatToDo()).startsWith("The citizen has not had this reply and left no phone number.");
    }

    @Test
    void aRecordedCallBackIsNeitherSentNorFailed() {
        var callback = new CaseQueries.ReplyView(9, "CALLBACK", "PHONE", "officer", "Reached", "SENT", 0, null,
                Instant.now(), Instant.now());
        assertThat(DeliveryState.of(callback, EMAIL_AND_PHONE).tag()).isEqualTo("Recorded");
    }

    private static CaseQueries.ReplyView reply(String status, int attempts, String lastError) {
        return new CaseQueries.ReplyView(1, "REPLY", "EMAIL", "officer", "Hello", status, attempts, lastError,
                Instant.now(), "SENT".equals(status) ? Instant.now() : null);
    }
}
