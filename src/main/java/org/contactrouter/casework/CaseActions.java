package org.contactrouter.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.contactrouter.caseload.CaseEventType;
import org.contactrouter.caseload.CaseLifecycle;
import org.contactrouter.caseload.CaseRepository;
import org.contactrouter.caseload.CaseStatus;
import org.contactrouter.officer.OfficerDirectory;
import org.contactrouter.persistence.SqlTime;
import org.contactrouter.reply.CitizenDates;
import org.contactrouter.reply.ReplyKind;
import org.contactrouter.reply.ReplyStatus;
import org.contactrouter.routing.CaseActionRefused;
import org.contactrouter.routing.QueuedCase;
import org.contactrouter.routing.SharedQueue;
import org.contactrouter.sla.CaseType;
import org.contactrouter.sla.SlaConfiguration;
import org.contactrouter.sla.SlaDuration;
import org.contactrouter.sla.StatutoryRuleRefused;
import org.contactrouter.sla.engine.SlaService;
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
    private final SlaService sla;
    private final SlaConfiguration standards;
    private final Clock clock;

    public CaseActions(JdbcClient jdbc, SharedQueue queue, CaseRepository cases, OfficerDirectory officers,
                       ApplicationEventPublisher events, SlaService sla, SlaConfiguration standards, Clock clock) {
        this.sla = sla;
        this.standards = standards;
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
        requireHolderOrQueued(actor, c, "change its service area");
        changeArea(c, serviceArea, actor);
    }

    /**
     * Sets or corrects the case type (blank for none), which brings its statutory deadlines: the case's running
     * clocks are recomputed. Allowed to whoever may correct the service area.
     */
    @Transactional
    public void changeCaseType(Actor actor, String reference, String caseType) {
        QueuedCase c = openCase(reference);
        requireHolderOrQueued(actor, c, "change its case type");
        String to = caseType == null || caseType.isBlank() ? null : caseType.strip();
        if (to != null && standards.standards().caseType(to).isEmpty()) {
            throw new CaseActionRefused("'" + to + "' is not a case type; choose one of " + String.join(", ",
                    standards.standards().caseTypes().stream().map(CaseType::key).toList()));
        }
        String from = jdbc.sql("select case_type from cases where id = :id").param("id", c.id())
                .query(String.class).optional().orElse(null);
        if (Objects.equals(from, to)) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("update cases set case_type = :type, updated_at = :now where id = :id")
                .param("type", to).param("now", SqlTime.of(now)).param("id", c.id()).update();
        cases.appendEvent(c.id(), CaseEventType.CASE_TYPE_CHANGED, now, actor.username(),
                "case type changed from " + nameOf(from) + " to " + nameOf(to));
        events.publishEvent(new CaseLifecycle.CaseTypeChanged(c.id(), c.reference(), from, to, now));
    }

    /** The new response deadline of an extended case, and the case's language for telling the citizen. */
    public record Extended(Instant dueAt, String language) {
    }

    /**
     * Extends the response deadline within what the case type's rule allows, recording why and who did it. Telling
     * the citizen is {@link DeadlineExtensions}'s part, once this has committed.
     */
    @Transactional
    public Extended extendDeadline(Actor actor, String reference, String by, String reason) {
        QueuedCase c = requireHolder(actor, reference);
        SlaDuration extension = SlaDuration.parse(by == null ? "" : by.strip()).orElseThrow(() ->
                new CaseActionRefused("Give the extension like '10 working days' or '2 calendar months'."));
        Instant now = clock.instant();
        try {
            Instant dueAt = sla.extend(c.id(), extension, reason, now);
            cases.appendEvent(c.id(), CaseEventType.SLA_EXTENDED, now, actor.username(), "response deadline extended by "
                    + extension + " to " + CitizenDates.format(dueAt, standards.calendar().zone(), "en") + ": "
                    + reason.strip());
            return new Extended(dueAt, c.language());
        } catch (StatutoryRuleRefused e) {
            throw new CaseActionRefused(e.getMessage());
        }
    }

    /**
     * Escalates the case to the next stage of its procedure, on the citizen's request, as its rule allows: the case
     * goes back to the shared queue under its new type with that stage's clocks. A case closed at stage 1 is reopened,
     * so any officer may record the request; an open one only its holder or a supervisor.
     */
    @Transactional
    public void escalate(Actor actor, String reference, String reason) {
        QueuedCase c = lockedCase(reference);
        if (!CaseStatus.CLOSED.name().equals(c.status())) {
            requireHolder(actor, reference);
        }
        if (reason == null || reason.isBlank()) {
            throw new CaseActionRefused("Say why the citizen asks for escalation: it is part of the complaint record.");
        }
        Instant now = clock.instant();
        try {
            SlaService.Escalation escalation = sla.escalate(c.id(), now);
            move(c, CaseStatus.QUEUED, null, actor, CaseEventType.ESCALATED, "escalated from "
                    + nameOf(escalation.from()) + " to " + nameOf(escalation.to()) + ": " + reason.strip());
        } catch (StatutoryRuleRefused e) {
            throw new CaseActionRefused(e.getMessage());
        }
    }

    private String nameOf(String caseType) {
        return caseType == null ? "none" : standards.standards().caseType(caseType).map(CaseType::name).orElse(caseType);
    }

    private static void requireHolderOrQueued(Actor actor, QueuedCase c, String what) {
        if (!actor.supervisor() && !actor.username().equals(c.assignedOfficer())
                && !CaseStatus.QUEUED.name().equals(c.status())) {
            throw new NotCaseHolder(c.reference() + " is held by " + c.assignedOfficer()
                    + ": only they or a supervisor can " + what);
        }
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
        QueuedCase c = lockedCase(reference);
        if (CaseStatus.CLOSED.name().equals(c.status())) {
            throw new CaseActionRefused(reference + " is closed");
        }
        return c;
    }

    /** The case, open or closed, locked like {@link #openCase}. */
    private QueuedCase lockedCase(String reference) {
        jdbc.sql("select id from cases where reference = :r for update").param("r", reference)
                .query(Long.class).optional();
        return queue.find(reference);
    }
}
