package org.contactrouter.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.jms.ConnectionFactory;
import org.contactrouter.persistence.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers stored alerts into notifications (routes/supervision.yaml calls {@link #batchDue} every second). With no
 * digest window each alert goes out at the next tick; with one, everything waiting goes out together once the
 * oldest has waited the window. Alerts are claimed by a conditional update, so with several instances each alert
 * is in exactly one notification. The notification's id goes on the durable alerts queue in a JMS transaction
 * committed right after the database's, so the queue never names a notification the database does not hold.
 */
@Component
class AlertBatcher {

    static final String PENDING = "PENDING";
    static final Duration LOST_AFTER = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AlertsProperties settings;
    private final JmsTemplate jms;
    private final Clock clock;

    AlertBatcher(JdbcClient jdbc, AlertsProperties settings, ConnectionFactory connectionFactory, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        // Its own template: transacted, so that its session joins the database transaction.
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.clock = clock;
    }

    /** @return the new notification's id, if one was made */
    @Transactional
    public Optional<Long> batchDue() {
        Instant now = clock.instant();
        Optional<Instant> oldest = jdbc.sql("select min(received_at) as oldest from supervisor_alert where batch_id is null")
                .query((rs, n) -> Optional.ofNullable(SqlTime.read(rs, "oldest"))).single();
        if (oldest.isEmpty() || oldest.get().plus(settings.digestWindow()).isAfter(now)) {
            return Optional.empty();
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into alert_batch (created_at, alert_count, email_status, webhook_status)
                        values (:now, 0, :email, :webhook)""")
                .param("now", SqlTime.of(now))
                .param("email", settings.email().enabled() ? PENDING : null)
                .param("webhook", settings.webhook().enabled() ? PENDING : null)
                .update(key, "id");
        long batchId = key.getKey().longValue();
        int claimed = jdbc.sql("update supervisor_alert set batch_id = :batch where batch_id is null and received_at <= :now")
                .param("batch", batchId).param("now", SqlTime.of(now)).update();
        if (claimed == 0) {
            // Another instance took them a moment earlier.
            jdbc.sql("delete from alert_batch where id = :id").param("id", batchId).update();
            return Optional.empty();
        }
        jdbc.sql("update alert_batch set alert_count = :n where id = :id").param("n", claimed).param("id", batchId)
                .update();
        jms.convertAndSend(settings.queue(), Long.toString(batchId));
        return Optional.of(batchId);
    }

    /**
     * Queues again every notification that waited a minute without a single attempt: its queue message was lost
     * between the database commit and the broker. The dispatcher sends each target at most once.
     */
    @Transactional
    public int requeueLost() {
        List<Long> lost = jdbc.sql("""
                        select id from alert_batch where attempts = 0 and created_at < :before
                        and (email_status = 'PENDING' or webhook_status = 'PENDING') order by id""")
                .param("before", SqlTime.of(clock.instant().minus(LOST_AFTER))).query(Long.class).list();
        lost.forEach(id -> jms.convertAndSend(settings.queue(), Long.toString(id)));
        return lost.size();
    }
}
