package org.contactrouter.casework;

import java.util.Collection;

import org.contactrouter.reply.ReplyKind;
import org.contactrouter.reply.ReplyStatus;

/**
 * When a case may not be closed as answered without the officer confirming: some reply to the citizen failed and
 * none was sent or is still going (a recorded call back counts as sent). Acknowledgements are not answers.
 */
final class UnansweredRule {

    private UnansweredRule() {
    }

    /** A reply as the rule sees it. */
    record Answer(ReplyKind kind, ReplyStatus status) {
    }

    static boolean onlyFailedReplies(Collection<Answer> answers) {
        boolean failed = false;
        for (Answer answer : answers) {
            if (answer.kind() == ReplyKind.CALLBACK) {
                return false;
            }
            if (answer.kind() == ReplyKind.REPLY) {
                if (answer.status() != ReplyStatus.FAILED) {
                    return false;
                }
                failed = true;
            }
        }
        return failed;
    }
}
