package org.contactrouter.sla.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.contactrouter.caseload.CaseEventType;
import org.contactrouter.caseload.CaseRepository;
import org.contactrouter.sla.TimedMilestone;
import org.contactrouter.sla.engine.CaseClocks.Tracked;
import org.contactrouter.sla.engine.SlaCases.CaseFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises the warnings and breaches a case owes, each exactly once: claimed by a conditional update of the clock's
 * row, then recorded on the case's audit trail and published, all in one transaction. A breach raises the case's
 * priority.
 */
@Component
class SlaAlertRaiser {

    private static final Logger log = LoggerFactory.getLogger(SlaAlertRaiser.class);
    static final String ACTOR = "sla";

    private final SlaCases cases;
    private final CaseClocks clocks;
    private final MilestoneRepository milestones;
    private final CaseRepository caseEvents;
    private final SlaAlertPublisher publisher;
    private final SlaService sla;
    private final Clock clock;

    SlaAlertRaiser(SlaCases cases, CaseClocks clocks, MilestoneRepository milestones, CaseRepository caseEvents,
                   SlaAlertPublisher publisher, SlaService sla, Clock clock) {
        this.cases = cases;
        this.clocks = clocks;
        this.milestones = milestones;
        this.caseEvents = caseEvents;
        this.publisher = publisher;
        this.sla = sla;
        this.clock = clock;
    }

    /** @return how many alerts this call raised (zero when another instance got there first) */
    @Transactional
    public int raiseDue(long caseId) {
        Instant now = clock.instant();
        CaseFacts facts = cases.lock(caseId);
        List<Tracked> tracked = clocks.load(caseId);
        List<TimedMilestone> timed = clocks.timed(tracked);
        int raised = 0;
        String priority = facts.priority();
        for (int i = 0; i < tracked.size(); i++) {
            StoredMilestone row = tracked.get(i).row();
            TimedMilestone milestone = timed.get(i);
            if (owed(milestone.warningOwedAt(), now) && milestones.claimWarning(row.id(), now)) {
                raise(facts, row, milestone, CaseEventType.SLA_WARNING, priority, now);
                raised++;
            }
            if (owed(milestone.breachOwedAt(), now) && milestones.claimBreach(row.id(), now)) {
                if (cases.raisePriority(caseId, now)) {
                    priority = SlaCases.HIGH;
                }
                raise(facts, row, milestone, CaseEventType.SLA_BREACH, priority, now);
                raised++;
            }
        }
        // The raised alerts move each clock's next alert time (also when another instance raised them: this
        // corrects a stale next_alert_at), and a raised priority may change the standard.
        clocks.save(caseId, clocks.load(caseId));
        if (!priority.equals(facts.priority())) {
            sla.recompute(caseId);
        }
        return raised;
    }

    private static boolean owed(Optional<Instant> moment, Instant now) {
        return moment.isPresent() && !moment.get().isAfter(now);
    }

    private void raise(CaseFacts facts, StoredMilestone row, TimedMilestone milestone, CaseEventType kind,
                       String priority, Instant now) {
        Instant dueAt = milestone.status().dueAt();
        String name = row.milestone().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String detail = kind == CaseEventType.SLA_WARNING
                ? name + ": " + row.warningPercent() + "% of " + row.allowance() + " used; due " + dueAt
                : name + ": not met by " + dueAt + " (" + row.allowance() + "); priority " + priority;
        caseEvents.appendEvent(facts.id(), kind, now, ACTOR, detail);
        Instant moment = kind == CaseEventType.SLA_WARNING ? milestone.status().warnAt() : dueAt;
        publisher.publish(new SlaAlert(kind, row.id() + "-" + kind.name(), facts.reference(), facts.channel().name(),
                facts.serviceArea(), priority, row.milestone().name(), row.allowance().toString(), dueAt, moment, now));
        log.info("{} {} {}", kind, facts.reference(), detail);
    }
}
