package org.contactrouter.supervision;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An SLA warning or breach as the SLA engine publishes it on the case-events topic (JSON; {@code alertId} is unique
 * per milestone clock and kind), and as {@code supervisor_alert} keeps it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record StoredAlert(String kind, String alertId, String reference, String channel, String serviceArea,
                   String milestone, Instant dueAt, Instant raisedAt) {

    static final String BREACH = "SLA_BREACH";
    static final String WARNING = "SLA_WARNING";

    boolean breach() {
        return BREACH.equals(kind);
    }
}
