package org.contactrouter.officer;

/** Whether an officer can be offered work now. */
public enum Presence {
    AVAILABLE, BUSY, AWAY, OFFLINE
}
