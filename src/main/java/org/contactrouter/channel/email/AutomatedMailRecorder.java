package org.contactrouter.channel.email;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.contactrouter.caseload.CaseEventType;
import org.contactrouter.caseload.CaseLifecycle;
import org.contactrouter.caseload.CaseRepository;
import org.contactrouter.caseload.CaseSnapshot;
import org.contactrouter.caseload.CaseStatus;
import org.contactrouter.contact.Channel;
import org.contactrouter.citizen.CitizenDirectory;
import org.contactrouter.contact.Identity;
import org.contactrouter.persistence.SqlTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Automated notices never open a case and are never acknowledged (so no mail loop can start). Each is noted on the
 * case whose message it answers, or dropped with a log line and a metric when it answers none (machine-written
 * mail that may need an answer, {@link AutomatedMail.Reason#opensCase()}, opens a case instead, see
 * {@link EmailIntake}):
 * <ul>
 *   <li>a bounce of the council's own email is noted as EMAIL_BOUNCED; a permanent failure marks the citizen's
 *       address undeliverable and puts an answered case back in the shared queue, so an officer uses another
 *       channel;</li>
 *   <li>other automated mail (out-of-office, list mail) is noted as AUTOMATED_MAIL_RECEIVED without changing the
 *       case: an out-of-office answer to an officer's reply must not put the case back in the queue.</li>
 * </ul>
 * Each message is recorded once by its Message-ID ({@code email_notice}), so reading it again after a crash
 * between recording and marking it seen changes nothing.
 */
public class AutomatedMailRecorder {

    private static final Logger log = LoggerFactory.getLogger(AutomatedMailRecorder.class);
    static final String METRIC = "ccr.email.automated";
    private static final String ACTOR = "email";

    private final CaseRepository cases;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final CitizenDirectory citizens;
    private final Clock clock;

    public AutomatedMailRecorder(CaseRepository cases, JdbcClient jdbc, ApplicationEventPublisher events,
                                 MeterRegistry meters, CitizenDirectory citizens, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.citizens = citizens;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
    }

    /** Notes a delivery status notification on the case of the message that bounced. */
    @Transactional
    public void bounce(String noticeId, Bounce bounce) {
        List<String> original = bounce.originalMessageId() == null ? List.of() : List.of(bounce.originalMessageId());
        Optional<CaseSnapshot> answered = caseAnswered(original);
        if (answered.isEmpty() || !firstTime(noticeId, answered.get(), "BOUNCE")) {
            count("BOUNCE", answered.isEmpty() ? "dropped" : "duplicate");
            return;
        }
        CaseSnapshot snapshot = answered.get();
        Instant now = clock.instant();
        String recipient = bounce.failedRecipient() == null ? "the citizen's address"
                : Identity.email(bounce.failedRecipient()).masked();
        StringBuilder detail = new StringBuilder(bounce.permanent() ? "email to " + recipient + " could not be delivered"
                : "email to " + recipient + " is delayed (" + bounce.action() + ")");
        detail.append(": ").append(bounce.status() == null ? "no status" : bounce.status());
        if (bounce.diagnostic() != null) {
            detail.append(' ').append(bounce.diagnostic());
        }
        if (bounce.permanent()) {
            markUndeliverable(bounce, now);
            detail.append(". The address is marked undeliverable: use another way to reach the citizen");
            if (snapshot.status() == CaseStatus.RESPONDED || snapshot.status() == CaseStatus.AWAITING_CITIZEN) {
                cases.updateStatus(snapshot.id(), CaseStatus.QUEUED, now);
                events.publishEvent(new CaseLifecycle.StatusChanged(snapshot.id(), snapshot.reference(),
                        snapshot.status(), CaseStatus.QUEUED, now));
                detail.append("; back in the shared queue");
            }
        }
        cases.appendEvent(snapshot.id(), CaseEventType.EMAIL_BOUNCED, now, ACTOR, detail.toString());
        count("BOUNCE", "attached");
        MDC.put("caseReference", snapshot.reference());
        try {
            // The diagnostic quotes the address in full, so it stays on the case and out of the log.
            log.warn("Bounce recorded on the case, status {}{}", bounce.status(),
                    bounce.permanent() ? ", address marked undeliverable" : "");
        } finally {
            MDC.remove("caseReference");
        }
    }

    /** Notes an automated notice on the case whose message it answers; drops it otherwise. */
    @Transactional
    public void automated(String noticeId, Collection<String> conversationIds, AutomatedMail why) {
        String reason = why.reason().name();
        Optional<CaseSnapshot> answered = caseAnswered(conversationIds);
        if (answered.isEmpty() || !firstTime(noticeId, answered.get(), reason)) {
            count(reason, answered.isEmpty() ? "dropped" : "duplicate");
            if (answered.isEmpty()) {
                log.info("Automated email dropped, it answers no case: {}", why);
            }
            return;
        }
        cases.appendEvent(answered.get().id(), CaseEventType.AUTOMATED_MAIL_RECEIVED, clock.instant(), ACTOR,
                "automated email received, not acknowledged: " + why);
        count(reason, "attached");
    }

    /** Whether the message answers a case of the council's (by its In-Reply-To and References). */
    public boolean answersACase(Collection<String> conversationIds) {
        return caseAnswered(conversationIds).isPresent();
    }

    private Optional<CaseSnapshot> caseAnswered(Collection<String> messageIds) {
        return cases.findByMessageIds(Channel.EMAIL, messageIds);
    }

    /**
     * Claims the notice; false when it was recorded before. Two instances reading the same message at once collide
     * on the primary key: one rolls back, leaves the message unseen, and finds it recorded on its next poll.
     */
    private boolean firstTime(String noticeId, CaseSnapshot snapshot, String kind) {
        boolean recorded = jdbc.sql("select count(*) from email_notice where message_id = :id").param("id", noticeId)
                .query(Long.class).single() > 0;
        if (recorded) {
            return false;
        }
        jdbc.sql("""
                        insert into email_notice (message_id, case_id, kind, recorded_at)
                        values (:id, :caseId, :kind, :now)""")
                .param("id", noticeId).param("caseId", snapshot.id()).param("kind", kind)
                .param("now", SqlTime.of(clock.instant()))
                .update();
        return true;
    }

    private void markUndeliverable(Bounce bounce, Instant now) {
        if (bounce.failedRecipient() == null) {
            return;
        }
        citizens.markUndeliverable(Identity.email(bounce.failedRecipient()),
                "the citizen's mail server refused it: " + bounce.status() + " " + bounce.diagnostic(), now);
    }

    private void count(String reason, String outcome) {
        meters.counter(METRIC, "reason", reason, "outcome", outcome).increment();
    }
}
