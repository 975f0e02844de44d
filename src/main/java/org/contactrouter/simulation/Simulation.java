package org.contactrouter.simulation;

import java.util.List;
import java.util.Set;

import org.contactrouter.classification.Classifier;
import org.contactrouter.contact.Channel;
import org.contactrouter.routing.PoolWidening;
import org.contactrouter.sla.SlaConfiguration;

/**
 * The what-if simulator: replays an arrival stream against a rota under a routing policy, on a simulated clock,
 * through the live classification ({@link Classifier}), eligibility ({@code Eligibility}), queue order
 * ({@code QueueOrder}), pool widening ({@link PoolWidening}) and SLA code ({@link SlaConfiguration}). Stateless and
 * thread-safe: each {@link #run} works on its own state.
 */
public final class Simulation {

    /**
     * Channels whose own intake tells the citizen at once: the web page shows the reference, and the email channel
     * sends an automatic acknowledgement. The live engine meets their acknowledgement on receipt.
     */
    static final Set<Channel> ACKNOWLEDGED_ON_RECEIPT = Set.of(Channel.WEB, Channel.EMAIL);

    private final Classifier classifier;
    private final SlaConfiguration sla;
    private final PoolWidening liveWidening;
    private final HandlingTimes handling;

    public Simulation(Classifier classifier, SlaConfiguration sla, PoolWidening liveWidening, HandlingTimes handling) {
        this.classifier = classifier;
        this.sla = sla;
        this.liveWidening = liveWidening;
        this.handling = handling;
    }

    public SimulationReport run(Policy policy, List<SimulatedContact> arrivals, Rota rota) {
        return new SimulationRun(classifier, sla, policy.widening(liveWidening), policy.handsOver(), handling, rota)
                .replay(policy, arrivals);
    }
}
