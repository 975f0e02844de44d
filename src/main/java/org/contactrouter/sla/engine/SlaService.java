package org.contactrouter.sla.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.contactrouter.caseload.CaseEventType;
import org.contactrouter.caseload.CaseRepository;
import org.contactrouter.sla.CaseType;
import org.contactrouter.sla.EscalationRule;
import org.contactrouter.sla.ExtensionRule;
import org.contactrouter.sla.Milestone;
import org.contactrouter.sla.MilestoneClock;
import org.contactrouter.sla.Pause;
import org.contactrouter.sla.SlaConfiguration;
import org.contactrouter.sla.SlaDuration;
import org.contactrouter.sla.SlaStandard;
import org.contactrouter.sla.SlaSummary;
import org.contactrouter.sla.StatutoryRuleRefused;
import org.contactrouter.sla.TimedMilestone;
import org.contactrouter.sla.engine.CaseClocks.Tracked;
import org.contactrouter.sla.engine.SlaCases.CaseFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, pauses, resumes, meets and recomputes the milestone clocks of a case, in the caller's transaction. Each
 * operation locks the case row first, changes the clocks' facts, and saves them with their derived columns and
 * the case's SLA summary ({@code cases.sla_due_at}, {@code cases.sla_state}).
 */
@Service
public class SlaService {

    private static final Logger log = LoggerFactory.getLogger(SlaService.class);

    /** Milestones timed from the case's first contact; next-response starts only when the citizen writes again. */
    private static final Set<Milestone> FROM_OPENING = EnumSet.of(Milestone.ACKNOWLEDGE, Milestone.FIRST_RESPONSE,
            Milestone.RESOLVE);
    /** What a real answer meets: it answers the citizen and, if not done yet, acknowledges them too. */
    private static final Set<Milestone> MET_BY_RESPONSE = EnumSet.of(Milestone.ACKNOWLEDGE, Milestone.FIRST_RESPONSE,
            Milestone.NEXT_RESPONSE);
    private static final Set<Milestone> RESPONSES = EnumSet.of(Milestone.FIRST_RESPONSE, Milestone.NEXT_RESPONSE);

    private final SlaCases cases;
    private final MilestoneRepository milestones;
    private final CaseClocks clocks;
    private final SlaConfiguration sla;
    private final CaseRepository caseEvents;

    SlaService(SlaCases cases, MilestoneRepository milestones, CaseClocks clocks, SlaConfiguration sla,
               CaseRepository caseEvents) {
        this.caseEvents = caseEvents;
        this.cases = cases;
        this.milestones = milestones;
        this.clocks = clocks;
        this.sla = sla;
    }

    /**
     * A new case: starts every opening milestone its standard times, from when the contact was received.
     *
     * @param acknowledgedOnReceipt the channel itself told the citizen (the web page shows the reference at once)
     */
    @Transactional
    public void caseOpened(long caseId, Instant receivedAt, boolean acknowledgedOnReceipt) {
        CaseFacts facts = cases.opened(caseId);
        SlaStandard standard = facts.standard(sla.standards());
        // A new case has no pauses and no alerts raised: the clocks as inserted are the whole story, so the summary
        // is computed from them rather than read back (intake does this for every case of a storm).
        List<TimedMilestone> started = new ArrayList<>(FROM_OPENING.size());
        for (Milestone milestone : FROM_OPENING) {
            standard.startClock(milestone, receivedAt)
                    .map(c -> milestone == Milestone.ACKNOWLEDGE && acknowledgedOnReceipt ? c.meet(receivedAt) : c)
                    .ifPresent(c -> started.add(clocks.insert(caseId, facts.caseType(), c)));
        }
        cases.saveSummary(caseId, SlaSummary.of(started));
    }

    /** An acknowledgement reached the citizen. */
    @Transactional
    public void acknowledged(long caseId, Instant at) {
        meet(caseId, EnumSet.of(Milestone.ACKNOWLEDGE), at);
    }

    /** A reply, or a call back that counts as a response, reached the citizen. */
    @Transactional
    public void responded(long caseId, Instant at) {
        meet(caseId, MET_BY_RESPONSE, at);
    }

    /** The case was closed: it is resolved, and closing is the council's last word on every clock still running. */
    @Transactional
    public void closed(long caseId, Instant at) {
        cases.lock(caseId);
        milestones.endPause(caseId, at);
        meet(caseId, EnumSet.allOf(Milestone.class), at);
    }

    /** The case started waiting for the citizen: every clock stops. */
    @Transactional
    public void paused(long caseId, Instant at) {
        cases.lock(caseId);
        List<Pause> pauses = milestones.pausesOf(caseId);
        if (pauses.isEmpty() || !pauses.get(pauses.size() - 1).isOpen()) {
            milestones.startPause(caseId, at);
        }
        clocks.save(caseId, clocks.load(caseId));
    }

    /** The case stopped waiting for the citizen: the clocks run again. */
    @Transactional
    public void resumed(long caseId, Instant at) {
        CaseFacts facts = cases.lock(caseId);
        endWait(facts, at);
        clocks.save(caseId, clocks.load(caseId));
    }

    /**
     * The citizen wrote again on an open case: clocks resume, and a fresh next-response clock starts unless a
     * response is still owed. An unanswered earlier message keeps its deadline, so writing again never moves a
     * deadline later or hides a breach.
     */
    @Transactional
    public void citizenWrote(long caseId, Instant at) {
        CaseFacts facts = cases.lock(caseId);
        endWait(facts, at);
        boolean responseOwed = clocks.load(caseId).stream()
                .anyMatch(t -> RESPONSES.contains(t.row().milestone()) && !t.row().isMet());
        if (!responseOwed) {
            facts.standard(sla.standards()).startClock(Milestone.NEXT_RESPONSE, at)
                    .ifPresent(c -> clocks.insert(caseId, facts.caseType(), c));
        }
        clocks.save(caseId, clocks.load(caseId));
    }

    /**
     * Applies the current standard to the case's unmet clocks, keeping when they started and the time already
     * paused: for a change of service area, case type or priority, or of the standards or calendar. A milestone the
     * standard no longer times stops being timed; milestones it newly times apply to new contacts only, since a
     * clock started retroactively would often be breached the moment it appeared.
     *
     * @return true when any clock's allowance, warning threshold or deadline changed (and only then is anything
     *         written)
     */
    @Transactional
    public boolean recompute(long caseId) {
        CaseFacts facts = cases.lock(caseId);
        SlaStandard standard = facts.standard(sla.standards());
        Optional<CaseType> caseType = sla.standards().caseType(facts.caseType());
        milestones.retag(caseId, facts.caseType());
        List<Tracked> kept = new ArrayList<>();
        boolean changed = false;
        for (Tracked tracked : clocks.load(caseId)) {
            if (tracked.row().isMet()) {
                kept.add(tracked);
                continue;
            }
            Optional<SlaDuration> standardAllowance = standard.allowance(tracked.row().milestone());
            if (standardAllowance.isEmpty()) {
                milestones.delete(tracked.row().id());
                changed = true;
                continue;
            }
            Optional<SlaDuration> extension = keptExtension(tracked.row(), standardAllowance.get(), caseType);
            if (!extension.equals(tracked.row().extension())) {
                milestones.recordExtension(tracked.row().id(), extension.orElse(null));
                changed = true;
            }
            SlaDuration allowance = extension.map(standardAllowance.get()::plus).orElse(standardAllowance.get());
            Tracked updated = tracked.with(c -> c.withAllowance(allowance, standard.warningPercent()));
            changed |= !allowance.equals(tracked.row().allowance())
                    || standard.warningPercent() != tracked.row().warningPercent()
                    || !Objects.equals(clocks.timed(List.of(updated)).get(0).status().dueAt(), tracked.row().dueAt());
            kept.add(updated);
        }
        if (changed) {
            clocks.save(caseId, kept);
            log.info("SLA deadlines of {} recomputed for {} / {} / {} / {}", facts.reference(), facts.channel().key(),
                    facts.serviceArea(), facts.priority(), facts.caseType());
        }
        return changed;
    }

    /**
     * Extends the case's response deadline, as its case type's rule allows ({@link ExtensionRule}).
     *
     * @param reason why, for the rule's check; the caller records it on the case with who gave it
     * @return the new deadline
     * @throws StatutoryRuleRefused when the rule does not allow it
     */
    @Transactional
    public Instant extend(long caseId, SlaDuration by, String reason, Instant at) {
        CaseFacts facts = cases.lock(caseId);
        List<Tracked> loaded = clocks.load(caseId);
        Optional<Tracked> response = latestResponse(loaded);
        ExtensionRule.Granted granted = ExtensionRule.decide(sla.standards().caseType(facts.caseType()),
                response.map(t -> clocks.timed(List.of(t)).get(0)), response.flatMap(t -> t.row().extension()), by,
                reason, at);
        Tracked extended = response.orElseThrow().with(c -> c.withAllowance(granted.allowance(), c.warningPercent()));
        milestones.recordExtension(extended.row().id(), granted.totalExtension());
        clocks.save(caseId, loaded.stream().map(t -> t.row().id() == extended.row().id() ? extended : t).toList());
        log.info("SLA response deadline of {} extended by {}", facts.reference(), by);
        return clocks.timed(List.of(extended)).get(0).status().dueAt();
    }

    /** What came of an escalation: the case's type before and after. */
    public record Escalation(String from, String to) {
    }

    /**
     * Moves the case to the next stage of its procedure ({@link EscalationRule}), on the same case: the clocks of the
     * stage it leaves are met now, and the new stage's clocks start now under the new case type.
     *
     * @throws StatutoryRuleRefused when the rule does not allow it
     */
    @Transactional
    public Escalation escalate(long caseId, Instant at) {
        CaseFacts facts = cases.lock(caseId);
        Optional<TimedMilestone> response = latestResponse(clocks.load(caseId)).map(t -> clocks.timed(List.of(t)).get(0));
        String next = EscalationRule.decide(sla.standards().caseType(facts.caseType()), response, sla.calendar(), at);
        milestones.endPause(caseId, at);
        clocks.save(caseId, clocks.load(caseId).stream()
                .map(t -> t.row().isMet() ? t : t.with(c -> c.meet(notBeforeLastEvent(c, at)))).toList());
        cases.saveCaseType(caseId, next);
        CaseFacts escalated = cases.lock(caseId);
        SlaStandard standard = escalated.standard(sla.standards());
        for (Milestone milestone : FROM_OPENING) {
            standard.startClock(milestone, at).ifPresent(c -> clocks.insert(caseId, next, c));
        }
        clocks.save(caseId, clocks.load(caseId));
        return new Escalation(facts.caseType(), next);
    }

    /** The current stage's response clock: an escalated case has one per stage, the latest being the current. */
    private static Optional<Tracked> latestResponse(List<Tracked> clocks) {
        return clocks.stream().filter(t -> t.row().milestone() == Milestone.FIRST_RESPONSE)
                .reduce((earlier, later) -> later);
    }

    /**
     * An extension survives a recomputation when the case type still allows one and it is counted like the new
     * allowance; otherwise it lapses, and the standard's allowance applies.
     */
    private static Optional<SlaDuration> keptExtension(StoredMilestone row, SlaDuration standardAllowance,
                                                       Optional<CaseType> caseType) {
        return row.extension().filter(e -> row.milestone() == Milestone.FIRST_RESPONSE
                && caseType.flatMap(CaseType::extensionLimit).filter(limit -> limit.countedLike(e)
                        && e.amount() <= limit.amount()).isPresent()
                && standardAllowance.countedLike(e));
    }

    /**
     * Ends the case's wait for the citizen. For a case type whose clocks restart (FOI and EIR on clarification,
     * subject access on proof of identity), the clocks still running start again in full from the answer.
     */
    private void endWait(CaseFacts facts, Instant at) {
        boolean restarts = sla.standards().caseType(facts.caseType())
                .filter(t -> t.clockStop() == CaseType.ClockStop.RESTART).isPresent();
        // Only a restarting case type needs to know whether it was waiting: the others just end the pause.
        boolean waiting = restarts && milestones.pausesOf(facts.id()).stream().anyMatch(Pause::isOpen);
        milestones.endPause(facts.id(), at);
        if (!waiting) {
            return;
        }
        List<Tracked> running = clocks.load(facts.id()).stream()
                .filter(t -> !t.row().isMet() && FROM_OPENING.contains(t.row().milestone())).toList();
        running.forEach(t -> milestones.restart(t.row().id(), at));
        if (!running.isEmpty()) {
            caseEvents.appendEvent(facts.id(), CaseEventType.SLA_CLOCK_RESTARTED, at, SlaAlertRaiser.ACTOR,
                    "the citizen answered: the " + facts.caseType() + " clocks start again in full");
        }
    }

    private void meet(long caseId, Set<Milestone> which, Instant at) {
        cases.lock(caseId);
        clocks.save(caseId, clocks.load(caseId).stream()
                .map(t -> which.contains(t.row().milestone()) && !t.row().isMet()
                        ? t.with(c -> c.meet(notBeforeLastEvent(c, at))) : t)
                .toList());
    }

    /**
     * Events of one case come from different places (intake, reply dispatch, officers); one stamped a moment before
     * the clock's last recorded event is taken as happening at that event, rather than failing the caller.
     */
    private static Instant notBeforeLastEvent(MilestoneClock clock, Instant at) {
        Instant last = clock.startedAt();
        for (Pause pause : clock.pauses()) {
            last = pause.isOpen() ? pause.from() : pause.until();
        }
        return at.isBefore(last) ? last : at;
    }
}
