package org.contactrouter.supervision;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.contactrouter.persistence.SqlText;
import org.contactrouter.persistence.SqlTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends one notification to each target still PENDING for it (routes/supervision.yaml, from the durable alerts
 * queue in a local JMS transaction). A target is marked SENT the moment it accepts, so when the other fails and the
 * message is redelivered (with back-off, see {@link AlertsBrokerSettings}) only the failed one is tried again.
 * After {@code ccr.alerts.max-attempts} the rest are marked FAILED and the message is consumed.
 */
@Component
class AlertDispatcher {

    private static final Logger log = LoggerFactory.getLogger(AlertDispatcher.class);

    private final JdbcClient jdbc;
    private final List<AlertSender> senders;
    private final AlertsProperties settings;
    private final DashboardQueries queries;
    private final Clock clock;

    AlertDispatcher(JdbcClient jdbc, List<AlertSender> senders, AlertsProperties settings, DashboardQueries queries,
                    Clock clock) {
        this.jdbc = jdbc;
        this.senders = senders;
        this.settings = settings;
        this.queries = queries;
        this.clock = clock;
    }

    public void dispatch(String batchId) throws Exception {
        long id = Long.parseLong(batchId.trim());
        Map<String, Object> batch = jdbc.sql("select email_status, webhook_status from alert_batch where id = :id")
                .param("id", id).query().singleRow();
        AlertMessage message = AlertMessage.of(alertsOf(id), queries.zone(), settings.dashboardUrl());
        for (AlertSender sender : senders) {
            if (!AlertBatcher.PENDING.equals(batch.get(sender.target() + "_status"))) {
                continue;
            }
            try {
                sender.send(message);
            } catch (Exception e) {
                if (attemptFailed(id, sender, e) >= settings.maxAttempts()) {
                    log.error("Supervisor alert notification {} could not be sent to the {} after {} attempts: {}",
                            id, sender.target(), settings.maxAttempts(), e.getMessage());
                    markFailed(id);
                    return;
                }
                throw e;
            }
            jdbc.sql("update alert_batch set " + sender.target() + "_status = 'SENT', " + sender.target()
                            + "_sent_at = :now where id = :id")
                    .param("now", SqlTime.of(clock.instant())).param("id", id).update();
        }
    }

    private List<StoredAlert> alertsOf(long batchId) {
        return jdbc.sql("""
                        select kind, alert_id, reference, channel, service_area, milestone, due_at, raised_at
                        from supervisor_alert where batch_id = :id order by kind, due_at, alert_id""")
                .param("id", batchId)
                .query((rs, n) -> new StoredAlert(rs.getString("kind"), rs.getString("alert_id"),
                        rs.getString("reference"), rs.getString("channel"), rs.getString("service_area"),
                        rs.getString("milestone"), SqlTime.read(rs, "due_at"), SqlTime.read(rs, "raised_at")))
                .list();
    }

    private int attemptFailed(long id, AlertSender sender, Exception e) {
        jdbc.sql("update alert_batch set attempts = attempts + 1, last_error = :error where id = :id")
                .param("error", SqlText.truncate(sender.target() + ": " + e.getMessage(), 1000)).param("id", id)
                .update();
        return jdbc.sql("select attempts from alert_batch where id = :id").param("id", id).query(Integer.class).single();
    }

    private void markFailed(long id) {
        jdbc.sql("""
                        update alert_batch set
                          email_status = case when email_status = 'PENDING' then 'FAILED' else email_status end,
                          webhook_status = case when webhook_status = 'PENDING' then 'FAILED' else webhook_status end
                        where id = :id""")
                .param("id", id).update();
    }
}
