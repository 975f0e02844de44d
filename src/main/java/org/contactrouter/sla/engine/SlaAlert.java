package org.contactrouter.sla.engine;

import java.time.Instant;

import org.contactrouter.caseload.CaseEventType;

/**
 * A warning or breach as published on the case-events topic (JSON). Consumers can de-duplicate on {@code alertId}.
 *
 * @param kind        SLA_WARNING or SLA_BREACH
 * @param alertId     unique per milestone clock and kind
 * @param reference   the case
 * @param channel     the case's channel
 * @param serviceArea the case's service area
 * @param priority    the case's priority after the alert (a breach raises NORMAL to HIGH)
 * @param milestone   which milestone
 * @param allowance   the standard, as written
 * @param dueAt       the milestone's deadline
 * @param moment      when the alert became owed: the warning time, or the deadline
 * @param raisedAt    when it was raised
 */
record SlaAlert(CaseEventType kind, String alertId, String reference, String channel, String serviceArea,
                String priority, String milestone, String allowance, Instant dueAt, Instant moment,
                Instant raisedAt) {
}
