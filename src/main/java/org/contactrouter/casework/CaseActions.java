package org.contactrouter.casework;

import java.time.Clock;
import java.time.Instant;

import org.contactrouter.caseload.CaseEventType;
import org.contactrouter.caseload.CaseLifecycle;
import org.contactrouter.caseload.CaseRepository;
import org.contactrouter.caseload.CaseStatus;
import org.contactrouter.officer.OfficerDirectory;
import org.contactrouter.persistence.SqlTime;
import org.contactrouter.reply.ReplyKind;
import org.contactrouter.reply.ReplyStatus;
import org.contactrouter.routing.CaseActionRefused;
import org.contactrouter.routing.QueuedCase;
import org.contactrouter.routing.SharedQueue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What officers do to a case once it is theirs: release it, transfer it, wait for the citizen, correct its service
 * area, note something, close it. Each action is recorded on the case's audit trail with who did it. Only the
 * officer holding a case, or a supervisor, may act on it ({@link #requireHolder}); the one exception is correcting
 * the service area of a case still in the queue, which any officer may do so that it reaches the right people.
 */
@Service
public class CaseActions {

    private final JdbcClient jdbc;
    private final SharedQueue queue;
    private final CaseRepository cases;
    private final OfficerDirectory officers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CaseActions(JdbcClient jdbc, SharedQueue queue, CaseRepository cases, OfficerDirectory officers,
                       ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.cases = cases;
        this.officers = officers;
        this.events = events;
        this.clock = clock;
    }

    /** Who is acting: their username and whether they supervise. */
    public record Actor(String username, boolean supervisor) {
    }

    @Transactional
    public void release(Actor actor, String reference) {
        QueuedCase c = requireHolder(actor, reference);
        move(c, CaseStatus.QUEUED, null, actor, CaseEventType.RELEASED, "released to the queue");
    }

    @Transactional
    public void transferToOfficer(Actor actor, String reference, String toUsername) {
        QueuedCase c = requireHolder(actor, reference);
        if (officers.find(toUsername).isEmpty()) {
            throw new CaseActionRefused(toUsername + " is not an officer");
        }
        move(c, CaseStatus.ASSIGNED, toUsername, actor, CaseEventType.TRANSFERRED, "transferred to " + toUsername);
    }

    @Transactional
    public void transferToServiceArea(Actor actor, String reference, String serviceArea) {
        QueuedCase c = requireHolder(actor, reference);
        changeArea(c, serviceArea, actor);
        move(c, CaseStatus.QUEUED, null, actor, CaseEventType.TRANSFERRED, "transferred to the " + serviceArea + " queue");
    }

    @Transactional
    public void awaitCitizen(Actor actor, String reference) {
        QueuedCase c = requireHolder(actor, reference);
        move(c, CaseStatus.AWAITING_CITIZEN, c.assignedOfficer(), actor, CaseEventType.AWAITING_CITIZEN,
                "waiting for the citizen to answer");
    }

    /** Corrects the service area; the correction and its reason are audited. */
    @Transactional
    public void reclassify(Actor actor, String reference, String serviceArea) {
        QueuedCase c = openCase(reference);
        if (!actor.supervisor() && !actor.username().equals(c.assignedOfficer())
                && !CaseStatus.QUEUED.name().equals(c.status())) {
            throw new NotCaseHolder(reference + " is held by " + c.assignedOfficer()
                    + ": only they or a supervisor can change its service area");
        }
        changeArea(c, serviceArea, actor);
    }

    @Transactional
    public void note(Actor actor, String reference, String text) {
        QueuedCase c = requireHolder(actor, reference);
        cases.appendEvent(c.id(), CaseEventType.NOTE, clock.instant(), actor.username(), text);
    }

    /**
     * Closes the case with its outcome. While every officer reply on it failed and no call back was recorded, the
     * citizen has not heard from us: the officer must say they know ({@code closeUnanswered}).
     */
    @Transactional
    public void close(Actor actor, String reference, String outcome, boolean closeUnanswered) {
        QueuedCase c = requireHolder(actor, reference);
        if (!closeUnanswered && onlyFailedReplies(c.id())) {
            throw new CaseActionRefused("Our reply on " + reference + " was not delivered, so the citizen has not"
                    + " been answered. Call them back or reply another way, or confirm you are closing it unanswered.");
        }
        move(c, CaseStatus.CLOSED, c.assignedOfficer(), actor, CaseEventType.CLOSED, "closed: " + outcome);
    }

    private void changeArea(QueuedCase c, String serviceArea, Actor actor) {
        if (serviceArea == null || serviceArea.isBlank() || serviceArea.length() > 60) {
            throw new CaseActionRefused("give the service area");
        }
        if (serviceArea.equals(c.serviceArea())) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("update cases set service_area = :area, widening_level = 0, widening_next_at = null, updated_at = :now where id = :id")
                .param("area", serviceArea).param("now", SqlTime.of(now)).param("id", c.id()).update();
        cases.appendEvent(c.id(), CaseEventType.RECLASSIFIED, now, actor.username(),
                "service area corrected from " + c.serviceArea() + " to " + serviceArea);
        events.publishEvent(new CaseLifecycle.Reclassified(c.id(), c.reference(), c.serviceArea(), serviceArea, now));
    }

    private void move(QueuedCase c, CaseStatus to, String officer, Actor actor, CaseEventType type, String detail) {
        Instant now = clock.instant();
        jdbc.sql("update cases set status = :status, assigned_officer = :officer, updated_at = :now where id = :id")
                .param("status", to.name()).param("officer", officer).param("now", SqlTime.of(now))
                .param("id", c.id()).update();
        cases.appendEvent(c.id(), type, now, actor.username(), detail);
        CaseStatus from = CaseStatus.valueOf(c.status());
        if (from != to) {
            events.publishEvent(new CaseLifecycle.StatusChanged(c.id(), c.reference(), from, to, now));
        }
    }

    /**
     * The case, open, and held by the actor (or the actor supervises): the one check every action on a case makes.
     * The case stays locked until the caller's transaction ends, so it cannot change hands before the action.
     *
     * @throws NotCaseHolder when someone else holds it, or nobody does
     * @throws CaseActionRefused when it is closed or unknown
     */
    public QueuedCase requireHolder(Actor actor, String reference) {
        QueuedCase c = openCase(reference);
        if (!actor.supervisor() && !actor.username().equals(c.assignedOfficer())) {
            throw new NotCaseHolder(c.assignedOfficer() == null
                    ? "take " + reference + " before acting on it"
                    : reference + " is held by " + c.assignedOfficer() + ": only they or a supervisor can act on it");
        }
        return c;
    }

    private boolean onlyFailedReplies(long caseId) {
        return UnansweredRule.onlyFailedReplies(jdbc.sql("select kind, status from reply where case_id = :id")
                .param("id", caseId)
                .query((rs, row) -> new UnansweredRule.Answer(ReplyKind.valueOf(rs.getString("kind")),
                        ReplyStatus.valueOf(rs.getString("status"))))
                .list());
    }

    /**
     * The case, locked until the caller's transaction ends: who holds it cannot change between this check and the
     * action (a supervisor's transfer, or the holder's release, waits for it). Callers are transactional.
     */
    private QueuedCase openCase(String reference) {
        jdbc.sql("select id from cases where reference = :r for update").param("r", reference)
                .query(Long.class).optional();
        QueuedCase c = queue.find(reference);
        if (CaseStatus.CLOSED.name().equals(c.status())) {
            throw new CaseActionRefused(reference + " is closed");
        }
        return c;
    }
}
