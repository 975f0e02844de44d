package org.contactrouter.reply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.contactrouter.broker.QueueNames;
import org.contactrouter.caseload.CaseEventType;
import org.contactrouter.caseload.CaseLifecycle;
import org.contactrouter.caseload.CaseReference;
import org.contactrouter.caseload.CaseRepository;
import org.contactrouter.caseload.CaseSnapshot;
import org.contactrouter.caseload.CaseStatus;
import org.contactrouter.caseload.ContactRepository;
import org.contactrouter.channel.sms.SmsLength;
import org.contactrouter.citizen.CitizenDirectory;
import org.contactrouter.channel.social.SocialReplyCheck;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues replies on the channel that answers the case. The reply row is the record; its id goes on the channel's
 * queue once the row is committed, and a reply whose message was lost on the way is queued again a minute later.
 */
@Service
public class ReplyService {

    static final Duration LOST_AFTER = Duration.ofMinutes(1);

    private final CaseRepository cases;
    private final ContactRepository contacts;
    private final ReplyRepository replies;
    private final JmsTemplate jms;
    private final QueueNames queues;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SocialReplyCheck socialReplies;
    private final CitizenDirectory citizens;
    private final Set<Channel> sendable;

    public ReplyService(CaseRepository cases, ContactRepository contacts, ReplyRepository replies, JmsTemplate jms,
                        QueueNames queues, ApplicationEventPublisher events, Clock clock,
                        SocialReplyCheck socialReplies, CitizenDirectory citizens, List<ReplySender> senders) {
        this.cases = cases;
        this.contacts = contacts;
        this.replies = replies;
        this.jms = jms;
        this.queues = queues;
        this.events = events;
        this.clock = clock;
        this.socialReplies = socialReplies;
        this.citizens = citizens;
        this.sendable = senders.stream().map(ReplySender::channel).collect(Collectors.toUnmodifiableSet());
    }

    /** Why a reply cannot be made. */
    public static class ReplyRefused extends RuntimeException {
        public ReplyRefused(String message) {
            super(message);
        }
    }

    /**
     * Queues a reply (or an acknowledgement) to the latest contact of a case on the channel that answers it.
     *
     * @return the reply's id
     * @throws ReplyRefused when the case is closed, unknown, has no way back to the citizen, its channel has no
     *                      sender (switched off), or the social network would refuse the reply
     */
    @Transactional
    public long queue(CaseReference reference, ReplyKind kind, String author, String body) {
        CaseSnapshot snapshot = cases.findSnapshot(reference)
                .orElseThrow(() -> new ReplyRefused("no case " + reference));
        if (!snapshot.status().isOpen()) {
            throw new ReplyRefused(reference + " is closed");
        }
        var answering = contacts.latestOf(snapshot.id())
                .orElseThrow(() -> new ReplyRefused(reference + " has no contact to answer"));
        Channel channel = ReplyChannelPolicy.channelFor(answering.contact())
                .orElseThrow(() -> new ReplyRefused(answering.contact().channel() == Channel.SMS
                        ? "the text came from a number that cannot be texted back"
                        : answering.contact().channel() == Channel.POST ? "the letter's postal address was not kept"
                        : "the citizen left no email address or phone number"));
        if (channel == Channel.PHONE) {
            throw new ReplyRefused("this case is answered by phone: record the callback and its outcome instead");
        }
        if (!sendable.contains(channel)) {
            // Refused now: queued, it could only ever fail, and the officer would think it on its way.
            throw new ReplyRefused("Replies by " + channel.key() + " cannot be sent: the " + channel.key()
                    + " channel is not enabled (ccr.channels." + channel.key() + ".enabled)."
                    + " Call the citizen back if they gave a number, and record the call.");
        }
        if (channel == Channel.SOCIAL) {
            // Told now rather than found later as a failed reply: too long for the network, or the network is off.
            socialReplies.problemWith(answering.contact(), body).ifPresent(problem -> {
                throw new ReplyRefused(problem);
            });
        }
        unreachable(kind, channel, answering.contact()).ifPresent(blocked -> {
            throw new ReplyRefused("Messages to " + blocked.identity().value() + " cannot be delivered ("
                    + blocked.reason() + "). Reach the citizen another way; once they write from it or give it"
                    + " again, replies to it are sent.");
        });
        if (channel == Channel.SMS) {
            SmsLength length = SmsLength.of(body);
            if (length.tooLong()) {
                throw new ReplyRefused("A text message can be at most " + SmsLength.MAX_CHARACTERS
                        + " characters; this one is " + length.characters() + ". Shorten it, or call the citizen.");
            }
        }
        Instant now = clock.instant();
        long replyId = replies.insert(snapshot.id(), channel, kind, author, body, ReplyStatus.PENDING,
                answering.id(), now);
        cases.appendEvent(snapshot.id(), CaseEventType.REPLY_QUEUED, now, author,
                kind.name().toLowerCase() + " queued for " + channel.key());
        String queue = queues.outboundFor(channel);
        // Sent only once the row is committed: a message reaching the dispatcher first would find no pending row.
        // Should the send fail after the commit, requeueLost() queues the reply again.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                jms.convertAndSend(queue, Long.toString(replyId));
            }
        });
        return replyId;
    }

    /**
     * The citizen's address or number on the channel when every one the contact has was reported permanently
     * undeliverable (by GOV.UK Notify, or a bounce): sending again would fail the same way, and a text is paid for.
     */
    private Optional<CitizenDirectory.Undeliverable> unreachable(ReplyKind reply, Channel channel, Contact answering) {
        if (reply == ReplyKind.ACKNOWLEDGEMENT) {
            // It answers the contact just taken in, whose identities intake has just made usable again: no query
            // on the intake path.
            return Optional.empty();
        }
        String kind = channel == Channel.EMAIL ? Identity.EMAIL : channel == Channel.SMS ? Identity.PHONE : null;
        List<Identity> recipients = answering.sender().identities().stream()
                .filter(identity -> identity.kind().equals(kind)).toList();
        List<CitizenDirectory.Undeliverable> blocked = recipients.stream().map(citizens::undeliverable)
                .flatMap(Optional::stream).toList();
        return !recipients.isEmpty() && blocked.size() == recipients.size()
                ? Optional.of(blocked.get(0)) : Optional.empty();
    }

    /** The channel a queued reply goes out on. */
    public Optional<Channel> channelOf(long replyId) {
        return replies.find(replyId).map(ReplyRepository.StoredReply::channel);
    }

    /**
     * Queues again every reply that has waited a minute without a single attempt: its message was lost between the
     * database commit and the broker (a crash, or the broker refusing at that moment). Called by
     * routes/outbound.yaml; the dispatcher sends each reply at most once, so a second message is harmless.
     */
    public int requeueLost() {
        List<ReplyRepository.PendingReply> lost = replies.neverTriedSince(clock.instant().minus(LOST_AFTER));
        lost.forEach(pending -> jms.convertAndSend(queues.outboundFor(pending.channel()), Long.toString(pending.id())));
        return lost.size();
    }

    /** Puts every pending reply of a case on its queue again; the dispatcher sends each at most once. */
    public void requeuePending(CaseReference reference) {
        for (ReplyRepository.PendingReply pending : replies.pendingOf(reference.toString())) {
            jms.convertAndSend(queues.outboundFor(pending.channel()), Long.toString(pending.id()));
        }
    }

    /**
     * Records an officer's call back to the citizen. Nothing is sent; the outcome decides whether it counts as the
     * council's response for the response-time standard.
     */
    @Transactional
    public long recordCallback(CaseReference reference, String author, String outcome, boolean countsAsResponse,
                               String notes) {
        CaseSnapshot snapshot = cases.findSnapshot(reference)
                .orElseThrow(() -> new ReplyRefused("no case " + reference));
        if (!snapshot.status().isOpen()) {
            throw new ReplyRefused(reference + " is closed");
        }
        Long answers = contacts.latestOf(snapshot.id()).map(ContactRepository.StoredContact::id).orElse(null);
        Instant now = clock.instant();
        String body = notes == null || notes.isBlank() ? outcome : outcome + ": " + notes;
        long replyId = replies.insert(snapshot.id(), Channel.PHONE, ReplyKind.CALLBACK, author, body,
                ReplyStatus.SENT, answers, now);
        cases.appendEvent(snapshot.id(), CaseEventType.CALLBACK_RECORDED, now, author, body);
        if (countsAsResponse && (snapshot.status() == CaseStatus.ASSIGNED || snapshot.status() == CaseStatus.QUEUED)) {
            cases.updateStatus(snapshot.id(), CaseStatus.RESPONDED, now);
            events.publishEvent(new CaseLifecycle.StatusChanged(snapshot.id(), snapshot.reference(), snapshot.status(),
                    CaseStatus.RESPONDED, now));
        }
        events.publishEvent(new CaseLifecycle.ReplyDelivered(snapshot.id(), snapshot.reference(), ReplyKind.CALLBACK,
                countsAsResponse, now));
        return replyId;
    }
}
