package org.contactrouter.simulation;

/**
 * How one milestone went for a group of cases.
 *
 * @param met      met by the deadline
 * @param late     met after the deadline
 * @param breached deadline passed and still not met when the run ended
 * @param open     not met, deadline not yet passed when the run ended
 */
public record Attainment(int met, int late, int breached, int open) {

    public int total() {
        return met + late + breached + open;
    }

    /** Share met on time, 0 to 100; 100 when nothing was timed. */
    public double onTimePercent() {
        return total() == 0 ? 100 : 100.0 * met / total();
    }

    Attainment plus(Attainment other) {
        return new Attainment(met + other.met, late + other.late, breached + other.breached, open + other.open);
    }
}
