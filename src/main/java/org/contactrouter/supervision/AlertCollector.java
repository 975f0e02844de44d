package org.contactrouter.supervision;

import java.time.Clock;

import org.contactrouter.persistence.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores each SLA alert heard on the case-events topic once (routes/supervision.yaml). The topic is read through a
 * shared durable subscription, so alerts raised while every instance was down wait for them; the primary key on
 * the alert id absorbs an event delivered twice. Two copies taken at the same moment by two instances make one
 * insert fail; its message is rolled back, redelivered, and then found already stored.
 */
@Component
class AlertCollector {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AlertsProperties settings;
    private final Clock clock;

    AlertCollector(JdbcClient jdbc, JsonMapper json, AlertsProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return whether the alert was new and is now waiting to be sent */
    public boolean collect(String event) {
        StoredAlert alert = json.readValue(event, StoredAlert.class);
        if (!alert.breach() && !settings.includeWarnings()) {
            return false;
        }
        boolean known = jdbc.sql("select count(*) from supervisor_alert where alert_id = :id")
                .param("id", alert.alertId()).query(Long.class).single() > 0;
        if (known) {
            return false;
        }
        jdbc.sql("""
                        insert into supervisor_alert (alert_id, kind, reference, channel, service_area, milestone,
                                                      due_at, raised_at, received_at)
                        values (:id, :kind, :reference, :channel, :area, :milestone, :due, :raised, :received)""")
                .param("id", alert.alertId()).param("kind", alert.kind()).param("reference", alert.reference())
                .param("channel", alert.channel()).param("area", alert.serviceArea())
                .param("milestone", alert.milestone()).param("due", SqlTime.of(alert.dueAt()))
                .param("raised", SqlTime.of(alert.raisedAt())).param("received", SqlTime.of(clock.instant()))
                .update();
        return true;
    }
}
