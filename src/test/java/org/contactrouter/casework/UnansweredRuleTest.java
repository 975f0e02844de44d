package org.contactrouter.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.contactrouter.casework.UnansweredRule.Answer;
import org.contactrouter.reply.ReplyKind;
import org.contactrouter.reply.ReplyStatus;
import org.junit.jupiter.api.Test;

/** When closing a case needs the officer to confirm the citizen has not been answered. */
class UnansweredRuleTest {

    private static final Answer FAILED = new Answer(ReplyKind.REPLY, ReplyStatus.FAILED);

    @Test
    void onlyWhenEveryReplyFailedAndNoCallBackWasRecorded() {
        assertThat(UnansweredRule.onlyFailedReplies(List.of(FAILED))).isTrue();
        assertThat(UnansweredRule.onlyFailedReplies(List.of(FAILED, FAILED))).isTrue();
        assertThat(UnansweredRule.onlyFailedReplies(List.of(FAILED, new Answer(ReplyKind.REPLY, ReplyStatus.SENT))))
                .as("a later reply got through").isFalse();
        assertThat(UnansweredRule.onlyFailedReplies(List.of(FAILED, new Answer(ReplyKind.REPLY, ReplyStatus.PENDING))))
                .as("another is still going").isFalse();
        assertThat(UnansweredRule.onlyFailedReplies(List.of(FAILED, new Answer(ReplyKind.CALLBACK, ReplyStatus.SENT))))
                .as("the officer called back").isFalse();
    }

    @Test
    void anAcknowledgementIsNotAnAnswerAndNoReplyAtAllNeedsNoConfirmation() {
        assertThat(UnansweredRule.onlyFailedReplies(List.of(new Answer(ReplyKind.ACKNOWLEDGEMENT, ReplyStatus.SENT),
                FAILED))).isTrue();
        assertThat(UnansweredRule.onlyFailedReplies(List.of(new Answer(ReplyKind.ACKNOWLEDGEMENT,
                ReplyStatus.FAILED)))).isFalse();
        assertThat(UnansweredRule.onlyFailedReplies(List.of())).isFalse();
    }
}
