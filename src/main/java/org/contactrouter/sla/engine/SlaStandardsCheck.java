package org.contactrouter.sla.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, applies the standards and calendar as they are now to every open clock: the council edits
 * sla-standards.yml or replaces bank-holidays.json and restarts, and open cases follow, keeping their paused time.
 * Only clocks whose allowance, warning threshold or deadline differ are rewritten. Safe with several instances
 * starting together: each case is recomputed under its row lock and the result is the same.
 */
@Component
class SlaStandardsCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SlaStandardsCheck.class);

    private final MilestoneRepository milestones;
    private final SlaService sla;

    SlaStandardsCheck(MilestoneRepository milestones, SlaService sla) {
        this.milestones = milestones;
        this.sla = sla;
    }

    @Override
    public void run(ApplicationArguments args) {
        long changed = milestones.casesWithOpenClocks().stream().filter(sla::recompute).count();
        if (changed > 0) {
            log.info("Response-time standards or calendar changed: deadlines of {} open cases recomputed", changed);
        }
    }
}
