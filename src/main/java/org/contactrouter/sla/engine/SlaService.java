package org.contactrouter.sla.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.contactrouter.sla.Milestone;
import org.contactrouter.sla.MilestoneClock;
import org.contactrouter.sla.Pause;
import org.contactrouter.sla.SlaConfiguration;
import org.contactrouter.sla.SlaDuration;
import org.contactrouter.sla.SlaStandard;
import org.contactrouter.sla.SlaSummary;
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

    SlaService(SlaCases cases, MilestoneRepository milestones, CaseClocks clocks, SlaConfiguration sla) {
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
        SlaStandard standard = cases.opened(caseId).standard(sla.standards());
        // A new case has no pauses and no alerts raised: the clocks as inserted are the whole story, so the summary
        // is computed from them rather than read back (intake does this for every case of a storm).
        List<TimedMilestone> started = new ArrayList<>(FROM_OPENING.size());
        for (Milestone milestone : FROM_OPENING) {
            standard.startClock(milestone, receivedAt)
                    .map(c -> milestone == Milestone.ACKNOWLEDGE && acknowledgedOnReceipt ? c.meet(receivedAt) : c)
                    .ifPresent(c -> started.add(clocks.insert(caseId, c)));
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
        cases.lock(caseId);
        milestones.endPause(caseId, at);
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
        milestones.endPause(caseId, at);
        boolean responseOwed = clocks.load(caseId).stream()
                .anyMatch(t -> RESPONSES.contains(t.row().milestone()) && !t.row().isMet());
        if (!responseOwed) {
            facts.standard(sla.standards()).startClock(Milestone.NEXT_RESPONSE, at)
                    .ifPresent(c -> clocks.insert(caseId, c));
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
        List<Tracked> kept = new ArrayList<>();
        boolean changed = false;
        for (Tracked tracked : clocks.load(caseId)) {
            if (tracked.row().isMet()) {
                kept.add(tracked);
                continue;
            }
            Optional<SlaDuration> allowance = standard.allowance(tracked.row().milestone());
            if (allowance.isEmpty()) {
                milestones.delete(tracked.row().id());
                changed = true;
                continue;
            }
            Tracked updated = tracked.with(c -> c.withAllowance(allowance.get(), standard.warningPercent()));
            changed |= !allowance.get().equals(tracked.row().allowance())
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
