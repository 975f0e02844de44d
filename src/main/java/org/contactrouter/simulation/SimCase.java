package org.contactrouter.simulation;

import java.time.Instant;
import java.util.Map;

import org.contactrouter.classification.Classifier.Classification;
import org.contactrouter.contact.Channel;
import org.contactrouter.sla.Milestone;
import org.contactrouter.sla.MilestoneClock;

/** A case in a simulation run: the live SLA clocks, and where the case is in the simulated office. */
final class SimCase {

    /** Under the single reception point a case is first with the reception desk, then with the specialists. */
    enum Stage { RECEPTION, SPECIALIST }

    final long id;
    final SimulatedContact arrival;
    final Classification classification;
    final Map<Milestone, MilestoneClock> clocks;
    /** The earliest running deadline when the case opened, as the live case summary keeps it: the queue's order. */
    final Instant dueAt;
    Stage stage;
    int wideningLevel;
    Instant respondedAt;

    SimCase(long id, SimulatedContact arrival, Classification classification, Map<Milestone, MilestoneClock> clocks,
            Instant dueAt, Stage stage) {
        this.id = id;
        this.arrival = arrival;
        this.classification = classification;
        this.clocks = clocks;
        this.dueAt = dueAt;
        this.stage = stage;
    }

    Instant openedAt() {
        return arrival.contact().receivedAt();
    }

    Channel channel() {
        return arrival.contact().channel();
    }

    /** Meets the milestones not met yet; the live engine does the same on an acknowledgement or a response. */
    void meet(Iterable<Milestone> milestones, Instant at) {
        for (Milestone milestone : milestones) {
            clocks.computeIfPresent(milestone, (m, clock) -> clock.isMet() ? clock : clock.meet(at));
        }
    }
}
