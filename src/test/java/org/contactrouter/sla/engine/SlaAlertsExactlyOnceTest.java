package org.contactrouter.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.contactrouter.ContactRouterApplication;
import org.contactrouter.FreePort;
import org.contactrouter.MutableClock;
import org.contactrouter.TestDataDirectory;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.intake.IntakeService;
import org.contactrouter.sla.BusinessCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two application instances share one PostgreSQL database and one Artemis broker (embedded in the first, reached
 * over TCP by the second), both scanning every 250 ms on one controllable clock. Every warning and breach is
 * raised exactly once, on the case's audit trail and on the case-events topic, including those that fell due
 * while both instances were down (stopped and started again on the same data directories).
 *
 * <p>Monday 2 March 2026 10:00 (GMT): a phone case (call back within 1 working day: warning Mon 16:00, breach
 * Tue 10:00) and a web case (acknowledged on receipt; first response within 3 working days: warning Wed 12:00,
 * breach Thu 10:00).
 */
class SlaAlertsExactlyOnceTest {

    static final MutableClock CLOCK = new MutableClock(london("2026-03-02T10:00"));
    static EmbeddedPostgres postgres;
    static JdbcClient database;
    static final List<String> published = new CopyOnWriteArrayList<>();

    /** Not a @Configuration, so that component scanning of other test applications never picks it up. */
    static class TestClock {
        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    /** A TCP acceptor on the embedded broker, so the second instance can share it. */
    static class SharedBroker {
        @Bean
        ArtemisConfigurationCustomizer tcpAcceptor(@Value("${test.broker-port}") int port) {
            return configuration -> {
                try {
                    configuration.addAcceptorConfiguration("test-tcp", "tcp://localhost:" + port);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
        }
    }

    @BeforeAll
    static void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        database = JdbcClient.create(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyWarningAndBreachIsRaisedOnceByTwoInstancesAndAcrossARestart() throws Exception {
        Path brokerData = TestDataDirectory.create("sla-first");
        Path otherData = TestDataDirectory.create("sla-second");
        int port = FreePort.pick();
        String phone;
        String web;

        try (ConfigurableApplicationContext first = startWithBroker(brokerData, port);
             ConfigurableApplicationContext second = startSharing(otherData, port);
             Connection subscriber = subscribe(port)) {
            phone = open(first, Channel.PHONE, Sender.of(null, Identity.phone("+447700900321")));
            web = open(second, Channel.WEB, Sender.of(null, Identity.email("web@example.com")));

            CLOCK.set(london("2026-03-02T16:00"));
            awaitAlerts(Map.of(phone + " SLA_WARNING", 1L));
        }

        // Both instances down while the phone breach (Tue 10:00) and the web warning (Wed 12:00) fall due.
        CLOCK.set(london("2026-03-04T12:00"));

        try (ConfigurableApplicationContext first = startWithBroker(brokerData, port);
             ConfigurableApplicationContext second = startSharing(otherData, port);
             Connection subscriber = subscribe(port)) {
            awaitAlerts(Map.of(phone + " SLA_WARNING", 1L, phone + " SLA_BREACH", 1L, web + " SLA_WARNING", 1L));

            CLOCK.set(london("2026-03-05T10:00"));
            Map<String, Long> all = Map.of(phone + " SLA_WARNING", 1L, phone + " SLA_BREACH", 1L,
                    web + " SLA_WARNING", 1L, web + " SLA_BREACH", 1L);
            // Raised within a second of its moment, by a scan every 250 ms.
            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
                    .until(() -> recorded().equals(all));
            // ... and nothing more, by either instance, for well over four scans.
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
                    .until(() -> recorded().equals(all) && onTopic().equals(all));
        }

        assertThat(priorityOf(phone)).isEqualTo("HIGH");
        assertThat(priorityOf(web)).isEqualTo("HIGH");
        assertThat(published).allSatisfy(message -> assertThat(json(message).get("milestone").asString())
                .isEqualTo("FIRST_RESPONSE"));
        assertThat(json(published.stream().filter(m -> m.contains("SLA_BREACH") && m.contains(phone)).findFirst()
                .orElseThrow()).get("dueAt").asString()).isEqualTo("2026-03-03T10:00:00Z");
    }

    private static ConfigurableApplicationContext startWithBroker(Path dataDir, int port) {
        return new SpringApplicationBuilder(ContactRouterApplication.class, TestClock.class, SharedBroker.class)
                .run(common(dataDir, "--test.broker-port=" + port));
    }

    private static ConfigurableApplicationContext startSharing(Path dataDir, int port) {
        return new SpringApplicationBuilder(ContactRouterApplication.class, TestClock.class)
                .run(common(dataDir, "--spring.artemis.mode=native", "--spring.artemis.broker-url=tcp://localhost:" + port));
    }

    private static String[] common(Path dataDir, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--ccr.data-dir=" + dataDir, "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password="));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** A durable subscription to the alerts on the case-events topic: it keeps what is published while it is away. */
    private static Connection subscribe(int port) throws JMSException {
        Connection connection = new ActiveMQConnectionFactory("tcp://localhost:" + port).createConnection();
        connection.setClientID("sla-alerts-test");
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        session.createDurableSubscriber(session.createTopic("cases.events"), "sla-alerts-test",
                        SlaAlertPublisher.KIND_PROPERTY + " IS NOT NULL", false)
                .setMessageListener(message -> {
                    try {
                        published.add(message.getBody(String.class));
                    } catch (JMSException e) {
                        throw new IllegalStateException(e);
                    }
                });
        connection.start();
        return connection;
    }

    private static String open(ConfigurableApplicationContext instance, Channel channel, Sender sender) {
        return instance.getBean(IntakeService.class).accept(Contact.builder(channel, "test",
                UUID.randomUUID().toString(), CLOCK.instant()).sender(sender).body("Please call me back").build())
                .reference();
    }

    private static void awaitAlerts(Map<String, Long> expected) {
        await().atMost(Duration.ofSeconds(20)).until(() -> recorded().equals(expected) && onTopic().equals(expected));
    }

    /** "reference kind" -> how many case_event rows. */
    private static Map<String, Long> recorded() {
        return database.sql("""
                        select c.reference, e.event_type from case_event e join cases c on c.id = e.case_id
                        where e.event_type in ('SLA_WARNING', 'SLA_BREACH')""")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** "reference kind" -> how many messages on the topic. */
    private static Map<String, Long> onTopic() {
        return published.stream().map(SlaAlertsExactlyOnceTest::json)
                .map(m -> m.get("reference").asString() + " " + m.get("kind").asString())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String priorityOf(String reference) {
        return database.sql("select priority from cases where reference = :r").param("r", reference)
                .query(String.class).single();
    }

    private static JsonNode json(String message) {
        return JsonMapper.builder().build().readTree(message);
    }


    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.LONDON).toInstant();
    }
}
