package org.contactrouter.reply;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.contactrouter.caseload.CaseEventType;
import org.contactrouter.caseload.CaseLifecycle;
import org.contactrouter.caseload.CaseRepository;
import org.contactrouter.caseload.CaseStatus;
import org.contactrouter.caseload.ContactRepository;
import org.contactrouter.contact.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one queued reply through its channel's {@link ReplySender} (called by routes/outbound.yaml). A reply is
 * sent at most once per successful attempt: its row must still be PENDING, so a second delivery of the same queue
 * message does nothing. While the channel is down each failed attempt is recorded on the case and the message goes
 * back to its queue to be retried with back-off; after {@code ccr.replies.max-attempts} the reply is marked FAILED
 * for an officer to act on.
 */
@Component
public class ReplyDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ReplyDispatcher.class);

    private final ReplyRepository replies;
    private final ContactRepository contacts;
    private final CaseRepository cases;
    private final Map<Channel, ReplySender> senders;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxAttempts;

    public ReplyDispatcher(ReplyRepository replies, ContactRepository contacts, CaseRepository cases,
                           List<ReplySender> senders, TransactionTemplate transaction,
                           ApplicationEventPublisher events, Clock clock,
                           @Value("${ccr.replies.max-attempts:20}") int maxAttempts) {
        this.replies = replies;
        this.contacts = contacts;
        this.cases = cases;
        this.senders = senders.stream().collect(Collectors.toUnmodifiableMap(ReplySender::channel, Function.identity()));
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    public void dispatch(String replyIdText) throws Exception {
        long replyId = Long.parseLong(replyIdText.trim());
        var stored = replies.find(replyId);
        if (stored.isEmpty() || stored.get().status() != ReplyStatus.PENDING) {
            log.debug("Reply {} is not pending any more; nothing to send", replyId);
            return;
        }
        ReplyRepository.StoredReply reply = stored.get();
        MDC.put("caseReference", reply.caseReference());
        try {
            ReplySender sender = senders.get(reply.channel());
            if (sender == null) {
                fail(reply, "no sender is configured for the " + reply.channel().key() + " channel");
                return;
            }
            String messageId;
            try {
                messageId = sender.send(outbound(reply));
            } catch (ReplySender.PermanentDeliveryFailure e) {
                fail(reply, e.getMessage());
                return;
            } catch (Exception e) {
                if (willRetry(reply, e)) {
                    throw e;
                }
                return;
            }
            delivered(reply, messageId);
        } finally {
            MDC.remove("caseReference");
        }
    }

    private OutboundReply outbound(ReplyRepository.StoredReply reply) {
        var answering = (reply.answersContactId() == null
                ? contacts.latestOf(reply.caseId()) : contacts.find(reply.answersContactId())).orElseThrow();
        return new OutboundReply(reply.id(), reply.caseReference(), reply.kind(), reply.channel(), reply.body(),
                reply.author(), reply.author(), reply.caseLanguage(), answering.contact(),
                contacts.threadMessageIds(reply.caseId(), reply.channel()));
    }

    private void delivered(ReplyRepository.StoredReply reply, String messageId) {
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            if (!replies.markSent(reply.id(), messageId, now)) {
                return;
            }
            cases.appendEvent(reply.caseId(), CaseEventType.REPLY_SENT, now, reply.author(),
                    reply.kind().name().toLowerCase() + " sent by " + reply.channel().key());
            if (reply.kind() == ReplyKind.REPLY) {
                cases.findSnapshot(reply.caseId())
                        .filter(c -> c.status() == CaseStatus.QUEUED || c.status() == CaseStatus.ASSIGNED)
                        .ifPresent(c -> {
                            cases.updateStatus(c.id(), CaseStatus.RESPONDED, now);
                            events.publishEvent(new CaseLifecycle.StatusChanged(c.id(), c.reference(), c.status(),
                                    CaseStatus.RESPONDED, now));
                        });
            }
            events.publishEvent(new CaseLifecycle.ReplyDelivered(reply.caseId(), reply.caseReference(), reply.kind(),
                    reply.kind() == ReplyKind.REPLY, now));
        });
        log.info("{} sent by {}", reply.kind(), reply.channel().key());
    }

    /** Records the failed attempt; false when that was the last one allowed and the reply is now FAILED. */
    private boolean willRetry(ReplyRepository.StoredReply reply, Exception cause) {
        int attempts = transaction.execute(status -> {
            int made = replies.recordFailedAttempt(reply.id(), cause.toString());
            cases.appendEvent(reply.caseId(), CaseEventType.REPLY_ATTEMPT_FAILED, clock.instant(), "system",
                    "attempt " + made + " to send by " + reply.channel().key() + " failed: " + cause.getMessage());
            return made;
        });
        log.warn("Sending {} by {} failed (attempt {}): {}", reply.kind(), reply.channel().key(), attempts,
                cause.toString());
        if (attempts >= maxAttempts) {
            fail(reply, "gave up after " + attempts + " attempts: " + cause.getMessage());
            return false;
        }
        return true;
    }

    private void fail(ReplyRepository.StoredReply reply, String reason) {
        transaction.executeWithoutResult(status -> {
            replies.markFailed(reply.id(), reason);
            cases.appendEvent(reply.caseId(), CaseEventType.REPLY_FAILED, clock.instant(), "system",
                    reply.kind().name().toLowerCase() + " not delivered: " + reason);
        });
        log.error("{} by {} not delivered: {}", reply.kind(), reply.channel().key(), reason);
    }
}
