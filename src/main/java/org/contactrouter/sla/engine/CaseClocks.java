package org.contactrouter.sla.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.contactrouter.sla.MilestoneClock;
import org.contactrouter.sla.Pause;
import org.contactrouter.sla.SlaConfiguration;
import org.contactrouter.sla.SlaSummary;
import org.contactrouter.sla.TimedMilestone;
import org.springframework.stereotype.Component;

/**
 * Reads a case's clocks from the database as domain {@link MilestoneClock}s and writes them back with everything
 * derived from them (deadline, warning time, state, next alert, and the case's SLA summary) computed on the current
 * calendar at the current time.
 */
@Component
class CaseClocks {

    /** A stored clock as it is being worked on: its row, and the clock, possibly changed since it was read. */
    record Tracked(StoredMilestone row, MilestoneClock clock) {

        Tracked with(UnaryOperator<MilestoneClock> change) {
            return new Tracked(row, change.apply(clock));
        }
    }

    private final MilestoneRepository milestones;
    private final SlaCases cases;
    private final SlaConfiguration sla;
    private final Clock clock;

    CaseClocks(MilestoneRepository milestones, SlaCases cases, SlaConfiguration sla, Clock clock) {
        this.milestones = milestones;
        this.cases = cases;
        this.sla = sla;
        this.clock = clock;
    }

    List<Tracked> load(long caseId) {
        List<Pause> pauses = milestones.pausesOf(caseId);
        return milestones.ofCase(caseId).stream().map(row -> new Tracked(row, row.clock(pauses))).toList();
    }

    /** Each clock's status now. */
    List<TimedMilestone> timed(List<Tracked> clocks) {
        Instant now = clock.instant();
        return clocks.stream().map(t -> TimedMilestone.at(t.clock(), sla.calendar(), now)).toList();
    }

    /** Writes the clocks and their derived columns, and the case's summary. */
    void save(long caseId, List<Tracked> clocks) {
        List<TimedMilestone> timed = timed(clocks);
        for (int i = 0; i < clocks.size(); i++) {
            StoredMilestone row = clocks.get(i).row();
            TimedMilestone now = timed.get(i);
            milestones.update(row.id(), now, now.nextAlertAt(row.warningRaised(), row.breachRaised()));
        }
        cases.saveSummary(caseId, SlaSummary.of(timed));
    }

    /**
     * A new clock's row, started under the case type (or null), derived columns included; the case summary is the
     * caller's to save.
     *
     * @return the clock as stored
     */
    TimedMilestone insert(long caseId, String caseType, MilestoneClock newClock) {
        TimedMilestone timed = TimedMilestone.at(newClock, sla.calendar(), clock.instant());
        milestones.insert(caseId, caseType, timed);
        return timed;
    }
}
