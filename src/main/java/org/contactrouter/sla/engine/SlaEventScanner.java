package org.contactrouter.sla.engine;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Called every 250 ms by routes/sla.yaml: finds the cases owing a warning or breach (one indexed query on
 * {@code sla_milestone.next_alert_at}) and raises them. Every instance scans; the database decides which one
 * raises each alert, and remembers it across restarts. An instance that was down raises what fell due meanwhile
 * on its first scan.
 */
@Component("slaEventScanner")
public class SlaEventScanner {

    private static final Logger log = LoggerFactory.getLogger(SlaEventScanner.class);
    /** Cases handled per scan; the rest are next in line 250 ms later. */
    static final int BATCH = 100;

    private final MilestoneRepository milestones;
    private final SlaAlertRaiser raiser;
    private final Clock clock;

    SlaEventScanner(MilestoneRepository milestones, SlaAlertRaiser raiser, Clock clock) {
        this.milestones = milestones;
        this.raiser = raiser;
        this.clock = clock;
    }

    /** @return alerts raised by this instance */
    public int scan() {
        int raised = 0;
        for (long caseId : milestones.casesWithAlertsDue(clock.instant(), BATCH)) {
            try {
                raised += raiser.raiseDue(caseId);
            } catch (RuntimeException e) {
                // One case failing (a lock timeout, a deadlock victim) must not hold up the others; it stays due
                // and is tried again on the next scan.
                log.warn("SLA alerts of case {} not raised this time: {}", caseId, e.toString());
            }
        }
        return raised;
    }
}
