package org.contactrouter.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.contactrouter.routing.Eligibility;

/**
 * An officer in a simulation run. An officer works on one case at a time and finishes it (answers and closes it)
 * before taking the next, so when they take a case they hold none: their eligibility is the live rule for an
 * officer holding nothing, and their capacities matter only as which channels they are trained for.
 */
final class SimOfficer {

    final RosteredOfficer rostered;
    final SimCase.Stage works;
    final Eligibility whenFree;
    boolean onShift;
    Instant shiftStartedAt;
    SimCase current;
    Instant currentStartedAt;
    Duration rosteredTime = Duration.ZERO;
    Duration busyTime = Duration.ZERO;

    SimOfficer(RosteredOfficer rostered, SimCase.Stage works) {
        this.rostered = rostered;
        this.works = works;
        this.whenFree = Eligibility.of(rostered.officer(), Map.of());
    }
}
