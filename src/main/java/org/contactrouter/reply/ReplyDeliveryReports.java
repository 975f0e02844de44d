package org.contactrouter.reply;

import java.time.Clock;
import java.time.Instant;

import org.contactrouter.caseload.CaseEventType;
import org.contactrouter.caseload.CaseLifecycle;
import org.contactrouter.caseload.CaseRepository;
import org.contactrouter.caseload.CaseStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a channel learns about a reply after it accepted it (GOV.UK Notify's delivery status): that it reached the
 * citizen, that a letter is in the post, or that it did not reach them after all. An undelivered reply is marked
 * FAILED with the reason, so the case page tells the officer to reach the citizen another way, and a case that
 * reply had answered goes back to the shared queue, as a bounced email does.
 */
@Service
public class ReplyDeliveryReports {

    private static final String ACTOR = "system";

    private final ReplyRepository replies;
    private final CaseRepository cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ReplyDeliveryReports(ReplyRepository replies, CaseRepository cases, ApplicationEventPublisher events,
                                Clock clock) {
        this.replies = replies;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    /** Notes on the case that the reply reached the citizen; how is said by {@code how}, e.g. "by GOV.UK Notify". */
    @Transactional
    public void delivered(long replyId, String how) {
        replies.find(replyId).ifPresent(reply -> cases.appendEvent(reply.caseId(), CaseEventType.REPLY_DELIVERED,
                clock.instant(), ACTOR, kindOf(reply) + " delivered to the citizen " + how));
    }

    /**
     * Notes on the case that the reply is in the post, for a letter: its channel can follow it no further, so it is
     * never recorded as delivered. {@code how} says by whom, e.g. "printed and posted by GOV.UK Notify's printer".
     */
    @Transactional
    public void posted(long replyId, String how) {
        replies.find(replyId).ifPresent(reply -> cases.appendEvent(reply.caseId(), CaseEventType.REPLY_POSTED,
                clock.instant(), ACTOR, kindOf(reply) + " " + how));
    }

    /** Marks a sent reply FAILED with the reason; does nothing when it is not SENT (reported already). */
    @Transactional
    public void undelivered(long replyId, String reason) {
        var found = replies.find(replyId);
        if (found.isEmpty() || !replies.markUndelivered(replyId, reason)) {
            return;
        }
        ReplyRepository.StoredReply reply = found.get();
        Instant now = clock.instant();
        StringBuilder detail = new StringBuilder(kindOf(reply)).append(" not delivered: ").append(reason);
        if (reply.kind() == ReplyKind.REPLY) {
            cases.findSnapshot(reply.caseId())
                    .filter(c -> c.status() == CaseStatus.RESPONDED || c.status() == CaseStatus.AWAITING_CITIZEN)
                    .ifPresent(c -> {
                        cases.updateStatus(c.id(), CaseStatus.QUEUED, now);
                        events.publishEvent(new CaseLifecycle.StatusChanged(c.id(), c.reference(), c.status(),
                                CaseStatus.QUEUED, now));
                        detail.append("; back in the shared queue");
                    });
        }
        cases.appendEvent(reply.caseId(), CaseEventType.REPLY_FAILED, now, ACTOR, detail.toString());
    }

    private static String kindOf(ReplyRepository.StoredReply reply) {
        return reply.kind().name().toLowerCase();
    }
}
