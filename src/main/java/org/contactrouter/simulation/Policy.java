package org.contactrouter.simulation;

import java.util.List;

import org.contactrouter.routing.PoolWidening;

/** The routing policies the simulator compares on the same arrivals and rota. */
public enum Policy {
    /**
     * Every contact first goes to the reception team (officers with {@code team: reception}). The desk answers a
     * contact its officer is trained for (channel and service area, as the live rule says at level 0); any other it
     * acknowledges and hands over: after the hand-over delay it joins a specialists' queue answered by the other
     * officers, each only in their own channels and service areas. Costs modelled: the desk's triage time per
     * handed-over contact, and the hand-over delay in working time (config/simulation/handling.yml).
     */
    SINGLE_RECEPTION("Single reception point"),
    /** Any officer trained for the case's channel and service area takes it from the shared queue; no widening. */
    SKILLS_BASED("Skills-based, any trained officer"),
    /** As {@link #SKILLS_BASED}, and a waiting case's pool widens as the live {@code ccr.routing.widening} says. */
    SKILLS_WITH_WIDENING("Skills-based with pool widening");

    private static final PoolWidening NEVER = new PoolWidening(List.of());

    private final String label;

    Policy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean handsOver() {
        return this == SINGLE_RECEPTION;
    }

    PoolWidening widening(PoolWidening live) {
        return this == SKILLS_WITH_WIDENING ? live : NEVER;
    }
}
