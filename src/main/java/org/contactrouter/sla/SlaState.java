package org.contactrouter.sla;

/** Where a milestone stands at a given moment. */
public enum SlaState {
    /** Running, warning threshold not yet reached. */
    ON_TRACK,
    /** Running, past the warning threshold but not past the deadline. */
    AT_RISK,
    /** Past the deadline and not met (also while paused, if the breach came first). */
    BREACHED,
    /** Met on or before the deadline. */
    MET,
    /** Met after the deadline. */
    MET_LATE,
    /** Waiting for the citizen; the allowance is not being used. */
    PAUSED
}
