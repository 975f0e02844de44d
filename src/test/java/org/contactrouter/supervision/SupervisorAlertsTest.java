package org.contactrouter.supervision;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.jms.ConnectionFactory;
import jakarta.mail.internet.MimeMessage;
import org.contactrouter.broker.QueueNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.contactrouter.persistence.SqlTime;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

/**
 * SLA alerts reach supervisors by email (GreenMail) and webhook (WireMock) exactly once, however often the event is
 * delivered, and alerts close together go out as one digest.
 */
class SupervisorAlertsTest extends SupervisionApplicationTest {

    /** Long enough for a duplicate to have been sent if it were going to be (digest window 1 s, ticks of 1 s). */
    private static final Duration QUIET = Duration.ofSeconds(3);

    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    QueueNames queues;

    private JmsTemplate topic;

    @BeforeEach
    void topicPublisher() {
        topic = new JmsTemplate(connectionFactory);
        topic.setPubSubDomain(true);
    }

    /** Publishes an alert as the SLA engine does: JSON on the case-events topic with its kind as a property. */
    private void publish(String kind, String alertId, String reference) {
        Instant now = Instant.now();
        String json = """
                {"kind":"%s","alertId":"%s","reference":"%s","channel":"EMAIL","serviceArea":"waste",\
                "priority":"HIGH","milestone":"FIRST_RESPONSE","allowance":"3 working days","dueAt":"%s",\
                "moment":"%s","raisedAt":"%s"}""".formatted(kind, alertId, reference, now, now, now);
        topic.convertAndSend(queues.caseEvents(), json, message -> {
            message.setStringProperty("ccrEventKind", kind);
            return message;
        });
    }

    private static String reference() {
        return String.format("CR-2098-%06d", (int) (Math.random() * 999_999) + 1);
    }

    private static List<MimeMessage> emailsMentioning(String text) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subjectAndBody(m).contains(text)).toList();
    }

    private static String subjectAndBody(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + message.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int webhookCallsMentioning(String text) {
        return WEBHOOK.findAll(postRequestedFor(urlEqualTo("/hooks/supervisors"))
                .withRequestBody(containing(text))).size();
    }

    @Test
    void aBreachDeliveredTwiceIsOneEmailAndOneWebhookCall() {
        String reference = reference();
        String alertId = UUID.randomUUID() + "-SLA_BREACH";
        publish("SLA_BREACH", alertId, reference);
        publish("SLA_BREACH", alertId, reference);

        await().atMost(WAIT).until(() -> emailsMentioning(reference).size() == 1 && webhookCallsMentioning(reference) == 1);
        await().during(QUIET).atMost(QUIET.plusSeconds(2))
                .until(() -> emailsMentioning(reference).size() == 1 && webhookCallsMentioning(reference) == 1);

        MimeMessage email = emailsMentioning(reference).get(0);
        assertThat(subjectAndBody(email)).contains("[Contact Router] SLA breach: " + reference, "first response due",
                "/supervisor");
        assertThat(jdbc.sql("select count(*) from supervisor_alert where alert_id = :id").param("id", alertId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select b.email_status || ' ' || b.webhook_status from alert_batch b
                        join supervisor_alert a on a.batch_id = b.id where a.alert_id = :id""")
                .param("id", alertId).query(String.class).single()).isEqualTo("SENT SENT");
    }

    @Test
    void alertsWithinTheDigestWindowGoOutAsOneMessage() {
        List<String> references = List.of(reference(), reference(), reference());
        publish("SLA_BREACH", UUID.randomUUID() + "-SLA_BREACH", references.get(0));
        publish("SLA_WARNING", UUID.randomUUID() + "-SLA_WARNING", references.get(1));
        publish("SLA_BREACH", UUID.randomUUID() + "-SLA_BREACH", references.get(2));

        await().atMost(WAIT).until(() -> !emailsMentioning(references.get(0)).isEmpty());
        List<MimeMessage> digest = emailsMentioning(references.get(0));
        assertThat(digest).hasSize(1);
        assertThat(subjectAndBody(digest.get(0))).contains("3 SLA alerts: 2 breaches, 1 at risk",
                "BREACHED " + references.get(0), "AT RISK  " + references.get(1), "BREACHED " + references.get(2));
        await().atMost(WAIT).until(() -> webhookCallsMentioning(references.get(2)) == 1);
        assertThat(webhookCallsMentioning(references.get(1))).isEqualTo(1);
    }

    @Test
    void aNotificationWhoseQueueMessageWasLostIsSentAMinuteLater() {
        String reference = reference();
        // As AlertBatcher leaves it when the broker loses the message after the database commit.
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into alert_batch (created_at, alert_count, email_status, webhook_status)
                        values (:at, 1, 'PENDING', 'PENDING')""")
                .param("at", SqlTime.of(Instant.now().minusSeconds(120))).update(key, "id");
        Instant longAgo = Instant.now().minusSeconds(120);
        jdbc.sql("""
                        insert into supervisor_alert (alert_id, kind, reference, channel, service_area, milestone, due_at,
                                                      raised_at, received_at, batch_id)
                        values (:id, 'SLA_BREACH', :r, 'EMAIL', 'waste', 'FIRST_RESPONSE', :t, :t, :t, :batch)""")
                .param("id", UUID.randomUUID() + "-SLA_BREACH").param("r", reference).param("t", SqlTime.of(longAgo))
                .param("batch", key.getKey().longValue()).update();

        await().atMost(WAIT).until(() -> emailsMentioning(reference).size() == 1 && webhookCallsMentioning(reference) == 1);
    }
}
