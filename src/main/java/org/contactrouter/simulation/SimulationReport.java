package org.contactrouter.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.contactrouter.contact.Channel;
import org.contactrouter.sla.Milestone;

/**
 * What one simulation run produced. Equal inputs give an equal report.
 *
 * @param policy      the routing policy
 * @param contacts    contacts in the arrival stream
 * @param officers    officers on the rota
 * @param groups      per channel (service area null), per channel and service area, and overall (both null); in
 *                    channel order, each channel's total before its areas, the overall row last
 * @param utilisation officer time spent handling cases over time rostered, 0 to 1, until the run ended
 * @param queue       cases waiting for an officer, sampled every hour from the first arrival
 */
public record SimulationReport(Policy policy, int contacts, int officers, List<Group> groups, double utilisation,
                               List<QueueSample> queue) {

    public SimulationReport {
        groups = List.copyOf(groups);
        queue = List.copyOf(queue);
    }

    /**
     * One row of the report.
     *
     * @param milestones  attainment of each milestone the standards time for these cases
     * @param responded   cases answered
     * @param meanResponse mean working time from receipt to the answer, over the cases answered
     * @param p90Response  90th percentile (nearest rank) of the same
     */
    public record Group(Channel channel, String serviceArea, int cases, Map<Milestone, Attainment> milestones,
                        int responded, Duration meanResponse, Duration p90Response) {

        public Group {
            milestones = Map.copyOf(milestones);
        }

        public Attainment attainment(Milestone milestone) {
            return milestones.getOrDefault(milestone, new Attainment(0, 0, 0, 0));
        }
    }

    /** The number of cases waiting for an officer at a moment. */
    public record QueueSample(Instant at, int waiting) {
    }

    public Group overall() {
        return groups.get(groups.size() - 1);
    }

    public Group channel(Channel channel) {
        return groups.stream().filter(g -> g.channel() == channel && g.serviceArea() == null).findFirst().orElseThrow();
    }

    public int peakQueue() {
        return queue.stream().mapToInt(QueueSample::waiting).max().orElse(0);
    }
}
