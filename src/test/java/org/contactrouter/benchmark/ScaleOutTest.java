package org.contactrouter.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.contactrouter.ContactRouterApplication;
import org.contactrouter.EmbeddedPostgresDatabase;
import org.contactrouter.TestDataDirectory;
import org.contactrouter.caseload.CaseLifecycle;
import org.contactrouter.contact.Channel;
import org.contactrouter.intake.ContactGateway;
import org.contactrouter.routing.QueuedCase;
import org.contactrouter.routing.SharedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scale-out: two application instances (two Spring contexts) hold no state of their own and share one standalone
 * Artemis broker over TCP and one PostgreSQL database. Contacts handed to one instance are worked by both, each
 * exactly once; officers asking both instances for their next case at once never get the same case. (Each SLA
 * warning and breach raised once by two instances: {@code SlaAlertsExactlyOnceTest}.)
 */
class ScaleOutTest {

    static final int CONTACTS = 500;
    static final int OFFICERS_PER_INSTANCE = 3;
    static final int CAPACITY_PER_CHANNEL = 40;

    static EmbeddedActiveMQ broker;
    static int brokerPort;
    static final Map<String, Object> database = new HashMap<>();

    /** Notes the cases this instance opened; not a @Configuration, so component scanning never picks it up. */
    static class OpenedHere {
        final Set<String> references = ConcurrentHashMap.newKeySet();

        @EventListener
        void opened(CaseLifecycle.CaseOpened opened) {
            references.add(opened.reference());
        }
    }

    static class InstanceProbe {
        @Bean
        OpenedHere openedHere() {
            return new OpenedHere();
        }
    }

    @BeforeAll
    static void startSharedServices() throws Exception {
        brokerPort = freePort();
        Path journal = TestDataDirectory.create("scale-out-broker");
        broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl()
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJournalDirectory(journal.resolve("journal").toString())
                .setBindingsDirectory(journal.resolve("bindings").toString())
                .setLargeMessagesDirectory(journal.resolve("large").toString())
                .setPagingDirectory(journal.resolve("paging").toString())
                .addAcceptorConfiguration("tcp", "tcp://localhost:" + brokerPort));
        broker.start();
        EmbeddedPostgresDatabase.register((name, value) -> database.put(name, value.get()));
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void twoInstancesShareTheWorkAndDoEachPieceOnce() throws Exception {
        try (ConfigurableApplicationContext first = startInstance("first");
             ConfigurableApplicationContext second = startInstance("second")) {
            JdbcClient db = first.getBean(JdbcClient.class);

            // Every contact enters through the first instance; the broker hands them to both.
            ContactGateway gateway = first.getBean(ContactGateway.class);
            for (int n = 0; n < CONTACTS; n++) {
                gateway.submit(SyntheticContacts.contact("scale-out", n, Instant.now()));
            }
            await().atMost(Duration.ofSeconds(40))
                    .until(() -> count(db, "select count(*) from cases where status = 'QUEUED'") == CONTACTS);

            Set<String> byFirst = first.getBean(OpenedHere.class).references;
            Set<String> bySecond = second.getBean(OpenedHere.class).references;
            assertThat(byFirst).as("cases opened by the first instance").isNotEmpty();
            assertThat(bySecond).as("cases opened by the second instance").isNotEmpty();
            assertThat(byFirst).doesNotContainAnyElementsOf(bySecond);
            assertThat(byFirst.size() + bySecond.size()).isEqualTo(CONTACTS);
            assertThat(count(db, "select count(distinct channel_message_id) from contact")).isEqualTo(CONTACTS);
            assertThat(count(db, "select count(*) from contact")).isEqualTo(CONTACTS);
            assertThat(count(db, "select count(*) from cases")).isEqualTo(CONTACTS);

            Map<String, ConfigurableApplicationContext> officers = officers(db, first, second);
            Map<String, List<QueuedCase>> taken = takeUntilEmpty(db, officers);

            List<Long> all = taken.values().stream().flatMap(List::stream).map(QueuedCase::id).toList();
            assertThat(all).as("cases taken").hasSize(CONTACTS).doesNotHaveDuplicates();
            assertThat(count(db, "select count(*) from case_event where event_type = 'ASSIGNED'")).isEqualTo(CONTACTS);
            assertThat(count(db, "select count(*) from cases where status = 'ASSIGNED'")).isEqualTo(CONTACTS);
            taken.forEach((officer, cases) -> {
                assertThat(cases).as(officer + " took cases").isNotEmpty();
                for (Channel channel : Channel.values()) {
                    assertThat(cases.stream().filter(c -> c.channel().equals(channel.name())).count())
                            .as(officer + " holds no more " + channel + " cases than allowed")
                            .isLessThanOrEqualTo(CAPACITY_PER_CHANNEL);
                }
            });
            db.sql("select assigned_officer, id from cases").query((rs, n) -> Map.entry(rs.getString(1),
                    rs.getLong(2))).list().forEach(row -> assertThat(taken.get(row.getKey()))
                    .extracting(QueuedCase::id).contains(row.getValue()));
        }
    }

    /** Officers trained for every channel, service area and language in use; half ask the first instance. */
    private static Map<String, ConfigurableApplicationContext> officers(JdbcClient db,
            ConfigurableApplicationContext first, ConfigurableApplicationContext second) {
        List<String> areas = db.sql("select distinct service_area from cases").query(String.class).list();
        Map<String, ConfigurableApplicationContext> officers = new HashMap<>();
        for (int n = 0; n < 2 * OFFICERS_PER_INSTANCE; n++) {
            String username = "scale-officer-" + n;
            db.sql("""
                    insert into officer (username, display_name, password_hash, role, enabled, created_at, presence)
                    values (:u, :u, '{noop}unused', 'OFFICER', true, current_timestamp, 'AVAILABLE')""")
                    .param("u", username).update();
            for (Channel channel : Channel.values()) {
                db.sql("insert into officer_channel (username, channel, capacity) values (:u, :c, :n)")
                        .param("u", username).param("c", channel.name()).param("n", CAPACITY_PER_CHANNEL).update();
            }
            areas.forEach(area -> db.sql("insert into officer_service_area (username, service_area) values (:u, :a)")
                    .param("u", username).param("a", area).update());
            db.sql("insert into officer_language (username, language) values (:u, 'en')").param("u", username)
                    .update();
            officers.put(username, n % 2 == 0 ? first : second);
        }
        return officers;
    }

    /**
     * Every officer asks their instance for the next case, all at once, until no case is left in the queue. (A
     * take-next may come back empty while cases remain, when others won all the candidates it looked at: it asks
     * again.)
     */
    private static Map<String, List<QueuedCase>> takeUntilEmpty(JdbcClient db,
            Map<String, ConfigurableApplicationContext> officers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(officers.size());
        try {
            Map<String, Future<List<QueuedCase>>> running = new HashMap<>();
            officers.forEach((officer, instance) -> running.put(officer, pool.submit(() -> {
                SharedQueue queue = instance.getBean(SharedQueue.class);
                List<QueuedCase> mine = new ArrayList<>();
                while (count(db, "select count(*) from cases where status = 'QUEUED'") > 0) {
                    queue.takeNext(officer).ifPresent(mine::add);
                }
                return mine;
            })));
            Map<String, List<QueuedCase>> taken = new HashMap<>();
            for (var entry : running.entrySet()) {
                taken.put(entry.getKey(), entry.getValue().get());
            }
            return taken;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ConfigurableApplicationContext startInstance(String name) {
        return new SpringApplicationBuilder(ContactRouterApplication.class, InstanceProbe.class).run(
                "--ccr.data-dir=" + TestDataDirectory.create("scale-out-" + name),
                "--server.port=0",
                "--spring.artemis.mode=native",
                "--spring.artemis.broker-url=tcp://localhost:" + brokerPort,
                "--spring.datasource.url=" + database.get("spring.datasource.url"),
                "--spring.datasource.username=" + database.get("spring.datasource.username"),
                "--spring.datasource.password=" + database.get("spring.datasource.password"));
    }

    private static int count(JdbcClient db, String sql) {
        return db.sql(sql).query(Integer.class).single();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
