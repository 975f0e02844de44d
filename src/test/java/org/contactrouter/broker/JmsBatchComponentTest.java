package org.contactrouter.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.jms.Connection;
import jakarta.jms.Session;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code jms-batch} against a real (in-VM, non-persistent) Artemis broker and a plain Camel context. */
class JmsBatchComponentTest {

    private static final String QUEUE = "batch.test";

    private EmbeddedActiveMQ broker;
    private ActiveMQConnectionFactory connectionFactory;
    private CamelContext camel;
    private final List<List<String>> batches = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false)
                .setSecurityEnabled(false).addAcceptorConfiguration("in-vm", "vm://42"));
        broker.start();
        connectionFactory = new ActiveMQConnectionFactory("vm://42");
        camel = new DefaultCamelContext();
        camel.addComponent("jms-batch", new JmsBatchComponent(connectionFactory));
    }

    @AfterEach
    void stop() throws Exception {
        camel.stop();
        connectionFactory.close();
        broker.stop();
    }

    @Test
    void takesWhatIsWaitingInBatchesOfAtMostTheBatchSize() throws Exception {
        send(25);
        route("jms-batch:" + QUEUE + "?batchSize=10&receiveTimeout=100", new AtomicBoolean(false));

        await().atMost(Duration.ofSeconds(10)).until(() -> received().size() == 25);
        assertThat(received()).containsExactlyInAnyOrderElementsOf(bodies(25));
        assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeBetween(1, 10));
        // All 25 were waiting: the first batch is a full one.
        assertThat(batches.get(0)).hasSize(10);
        await().atMost(Duration.ofSeconds(10)).until(() -> waiting() == 0);
    }

    @Test
    void aFailedBatchIsRolledBackAndDeliveredAgainWhole() throws Exception {
        send(5);
        AtomicBoolean failFirst = new AtomicBoolean(true);
        route("jms-batch:" + QUEUE + "?batchSize=10&receiveTimeout=100", failFirst);

        await().atMost(Duration.ofSeconds(10)).until(() -> batches.size() >= 2 && received().size() >= 10);
        // The first batch failed and came back: every message was seen twice, and none is left on the queue.
        assertThat(batches.get(0)).containsExactlyInAnyOrderElementsOf(bodies(5));
        assertThat(received()).hasSize(10);
        assertThat(received().stream().distinct()).containsExactlyInAnyOrderElementsOf(bodies(5));
        await().atMost(Duration.ofSeconds(10)).until(() -> waiting() == 0);
    }

    @Test
    void stoppingTheRouteLeavesWhatItHasNotTakenOnTheQueue() throws Exception {
        route("jms-batch:" + QUEUE + "?batchSize=10&receiveTimeout=100", new AtomicBoolean(false));
        camel.getRouteController().stopRoute("batches");
        send(3);

        // Nothing takes them, for as long as a running consumer would need many times over.
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> waiting() == 3);
        assertThat(received()).isEmpty();
    }

    @Test
    void aBatchSizeBelowOneIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> camel.getEndpoint("jms-batch:" + QUEUE + "?batchSize=0"))
                .hasStackTraceContaining("batchSize=0");
    }

    private void route(String uri, AtomicBoolean failFirst) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("batches").process(exchange -> {
                    @SuppressWarnings("unchecked")
                    List<QueuedMessage> batch = exchange.getMessage().getBody(List.class);
                    assertThat(exchange.getMessage().getHeader(JmsBatchConsumer.BATCH_SIZE)).isEqualTo(batch.size());
                    batches.add(batch.stream().map(QueuedMessage::text).toList());
                    if (failFirst.getAndSet(false)) {
                        throw new IllegalStateException("the database is down");
                    }
                });
            }
        });
        camel.start();
    }

    private List<String> received() {
        return batches.stream().flatMap(List::stream).toList();
    }

    private static List<String> bodies(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(n -> "message " + n).toList();
    }

    private void send(int count) throws Exception {
        try (Connection connection = connectionFactory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            var producer = session.createProducer(session.createQueue(QUEUE));
            for (String body : bodies(count)) {
                producer.send(session.createTextMessage(body));
            }
        }
    }

    private int waiting() throws Exception {
        try (Connection connection = connectionFactory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            return Collections.list(session.createBrowser(session.createQueue(QUEUE)).getEnumeration()).size();
        }
    }
}
