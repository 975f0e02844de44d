package org.contactrouter.routing;

import java.time.Instant;

/** A case as the shared queue and an officer's list show it. */
public record QueuedCase(long id, String reference, String status, String channel, String serviceArea,
                         String language, String priority, String subject, String assignedOfficer, Instant openedAt,
                         Instant slaDueAt, String slaState, int wideningLevel) {
}
