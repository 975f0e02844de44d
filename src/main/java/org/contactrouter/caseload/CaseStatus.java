package org.contactrouter.caseload;

/** Where a case is in its life. */
public enum CaseStatus {
    /** Opened by intake, not yet in the shared queue. */
    NEW,
    /** Waiting in the shared queue for an officer. */
    QUEUED,
    /** An officer holds it. */
    ASSIGNED,
    /** The council has asked the citizen something and waits for the answer (SLA clock paused). */
    AWAITING_CITIZEN,
    /** The council has answered; the case stays open in case the citizen writes again. */
    RESPONDED,
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
