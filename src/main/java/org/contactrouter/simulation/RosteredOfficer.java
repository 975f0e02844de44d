package org.contactrouter.simulation;

import java.util.List;

import org.contactrouter.officer.Officer;

/**
 * An officer on the simulated rota.
 *
 * @param officer   skills, capacities and languages, as the live routing reads them
 * @param reception whether, under the single reception point policy, this officer staffs the reception desk
 * @param shifts    when they work
 */
public record RosteredOfficer(Officer officer, boolean reception, List<Shift> shifts) {

    public RosteredOfficer {
        shifts = List.copyOf(shifts);
    }
}
