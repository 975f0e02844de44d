package org.contactrouter.benchmark;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Session;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Listens to the case-events topic, as a dashboard would, and notes when each event arrives: intake publishes a
 * contact's event only after its case is stored and queued, so the arrival is the end of the contact's journey.
 * Keys are "msg:" + channel message id, "ref:" + case reference (intake outcomes) and "alert:" + kind + reference
 * (SLA alerts); a waiter and the event may come in either order.
 */
final class CaseEventWatch implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Connection connection;
    private final Map<String, CompletableFuture<JsonNode>> arrivals = new ConcurrentHashMap<>();
    private final Map<String, Long> arrivedAtNanos = new ConcurrentHashMap<>();
    private final AtomicInteger casesOpened = new AtomicInteger();

    CaseEventWatch(ConnectionFactory connectionFactory, String topic) throws JMSException {
        connection = connectionFactory.createConnection();
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        session.createConsumer(session.createTopic(topic)).setMessageListener(message -> {
            long now = System.nanoTime();
            try {
                JsonNode event = JSON.readTree(message.getBody(String.class));
                for (String key : keysOf(event)) {
                    arrivedAtNanos.put(key, now);
                    future(key).complete(event);
                }
                if ("CASE_OPENED".equals(text(event, "kind"))) {
                    casesOpened.incrementAndGet();
                }
            } catch (JMSException e) {
                throw new IllegalStateException(e);
            }
        });
        connection.start();
    }

    private static Iterable<String> keysOf(JsonNode event) {
        String kind = text(event, "kind");
        if (kind != null && kind.startsWith("SLA_")) {
            return java.util.List.of("alert:" + kind + " " + text(event, "reference"));
        }
        return java.util.List.of("msg:" + text(event, "channelMessageId"), "ref:" + text(event, "reference"));
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    CompletableFuture<JsonNode> future(String key) {
        return arrivals.computeIfAbsent(key, k -> new CompletableFuture<>());
    }

    /** System.nanoTime() when the event with this key arrived. */
    long arrivedAtNanos(String key) {
        return arrivedAtNanos.get(key);
    }

    int casesOpened() {
        return casesOpened.get();
    }

    /** Forgets what was seen, so that a long run keeps little in memory. */
    void clear() {
        arrivals.clear();
        arrivedAtNanos.clear();
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
