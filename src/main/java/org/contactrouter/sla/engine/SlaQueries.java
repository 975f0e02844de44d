package org.contactrouter.sla.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contactrouter.sla.Milestone;
import org.contactrouter.sla.MilestoneStatus;
import org.contactrouter.sla.SlaState;
import org.contactrouter.sla.TimedMilestone;
import org.contactrouter.sla.engine.CaseClocks.Tracked;
import org.springframework.stereotype.Component;

/** The SLA position of one case as the case API and Open311 show it, computed at the moment of asking. */
@Component
public class SlaQueries {

    /**
     * One milestone of a case.
     *
     * @param milestone            ACKNOWLEDGE, FIRST_RESPONSE, NEXT_RESPONSE or RESOLVE
     * @param caseType             the case type the clock runs under (a stage 1 clock stays stage 1), or null
     * @param allowance            the standard, as written, with any extension
     * @param extendedBy           what an officer extended it by, or null
     * @param restarts             how many times the citizen's answer started it again in full
     * @param dueAt                the deadline; while paused, the deadline if the citizen replied now
     * @param metAt                when met, or null
     * @param state                ON_TRACK, AT_RISK, BREACHED, MET, MET_LATE or PAUSED
     * @param workingTimeRemaining ISO-8601 duration of allowance left (working time, or wall-clock time for an
     *                             elapsed-hours standard), negative when overdue; null once met
     */
    public record MilestoneView(Milestone milestone, String caseType, String allowance, String extendedBy,
                                int restarts, Instant dueAt, Instant metAt, SlaState state,
                                String workingTimeRemaining) {
    }

    private final CaseClocks clocks;

    SlaQueries(CaseClocks clocks) {
        this.clocks = clocks;
    }

    /** The latest clock of each timed milestone (next-response restarts each time the citizen writes again). */
    public List<MilestoneView> milestonesOf(long caseId) {
        List<Tracked> tracked = clocks.load(caseId);
        List<TimedMilestone> timed = clocks.timed(tracked);
        Map<Milestone, MilestoneView> latest = new EnumMap<>(Milestone.class);
        for (int i = 0; i < tracked.size(); i++) {
            MilestoneStatus status = timed.get(i).status();
            StoredMilestone row = tracked.get(i).row();
            latest.put(status.milestone(), new MilestoneView(status.milestone(), row.caseType(),
                    row.allowance().toString(), row.extension().map(Object::toString).orElse(null), row.restarts(),
                    status.dueAt(), status.metAt(), status.state(),
                    status.metAt() == null ? status.remaining().toString() : null));
        }
        return new ArrayList<>(latest.values());
    }

    /** The first-response deadline: what Open311 calls the request's expected date. */
    public Optional<Instant> firstResponseDueAt(long caseId) {
        return milestonesOf(caseId).stream().filter(m -> m.milestone() == Milestone.FIRST_RESPONSE)
                .map(MilestoneView::dueAt).findFirst();
    }
}
