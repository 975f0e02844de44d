package org.contactrouter.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.apache.camel.CamelContext;
import org.contactrouter.ContactRouterApplication;
import org.contactrouter.EmbeddedPostgresDatabase;
import org.contactrouter.FreePort;
import org.contactrouter.TestDataDirectory;
import org.contactrouter.broker.QueueNames;
import org.contactrouter.caseload.CaseLifecycle;
import org.contactrouter.cluster.Leases;
import org.contactrouter.contact.Channel;
import org.contactrouter.intake.ContactGateway;
import org.contactrouter.persistence.SqlTime;
import org.contactrouter.routing.CaseOffers;
import org.contactrouter.routing.ConcurrentOfferRounds;
import org.contactrouter.routing.QueuedCase;
import org.contactrouter.routing.SharedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scale-out: two application instances (two Spring contexts) hold no state of their own and share one standalone
 * Artemis broker over TCP and one PostgreSQL database. Contacts handed to one instance are worked by both, each
 * exactly once; officers asking both instances for their next case at once never get the same case; polling and
 * push offers run on the instance holding their lease, and move to the other when it stops; offer rounds on both
 * at once never offer a case twice. (Each SLA warning and breach raised once by two instances:
 * {@code SlaAlertsExactlyOnceTest}.) The tests share the two instances and run in order; the last stops the first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutTest {

    static final int CONTACTS = 500;
    static final int OFFICERS_PER_INSTANCE = 3;
    static final int CAPACITY_PER_CHANNEL = 40;
    /** Short leases, so that the take-over is quick to see. */
    static final Duration LEASE = Duration.ofSeconds(3);
    static final Duration RENEW = Duration.ofSeconds(1);
    /** Routes that run on the lease holder only (the phone channel is on by default; push mode is turned on here). */
    static final List<String> LEASED_ROUTES = List.of("phone-log-files", "push-offers");

    static EmbeddedActiveMQ broker;
    static int brokerPort;
    static final Map<String, Object> database = new HashMap<>();
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

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
        brokerPort = FreePort.pick();
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
        first = startInstance("first");
        second = startInstance("second");
    }

    @AfterAll
    static void stopInstancesAndBroker() throws Exception {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {second, first}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    @Order(1)
    void twoInstancesShareTheWorkAndDoEachPieceOnce() throws Exception {
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

    @Test
    @Order(2)
    void theSharedBrokerHoldsTheDeadLetterQueueAndTheIntakeBackOffTheInstancesGaveIt() {
        var server = broker.getActiveMQServer();
        assertThat(server.locateQueue("contacts.dead")).as("dead-letter queue declared").isNotNull();
        for (String inbound : first.getBean(QueueNames.class).inbound().values()) {
            var settings = server.getAddressSettingsRepository().getMatch(inbound);
            assertThat((Object) settings.getDeadLetterAddress()).as(inbound).hasToString("contacts.dead");
            assertThat(settings.getRedeliveryDelay()).as(inbound).isPositive();
        }
    }

    @Test
    @Order(2)
    void eachLeasedRouteRunsOnTheOneInstanceHoldingItsLease() {
        JdbcClient db = first.getBean(JdbcClient.class);
        for (String route : LEASED_ROUTES) {
            assertThat(runs(first, route)).as(route + " runs on the first instance, which started first").isTrue();
            assertThat(runs(second, route)).as(route + " runs on one instance only").isFalse();
            assertThat(leaseHolder(db, route)).isEqualTo(first.getBean(Leases.class).instanceId());
            assertThat(second.getBean(Leases.class).holds(route)).isFalse();
        }
    }

    @Test
    @Order(3)
    void offerRoundsOnBothInstancesAtOnceNeverOfferOneCaseTwice() throws Exception {
        JdbcClient db = first.getBean(JdbcClient.class);
        String area = "push-scale-out";
        db.sql("update officer set presence = 'OFFLINE'").update();
        ContactGateway gateway = second.getBean(ContactGateway.class);
        for (int n = 0; n < 30; n++) {
            gateway.submit(SyntheticContacts.contact("push-scale-out", n, Instant.now()));
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> count(db, "select count(*) from cases where status = 'QUEUED'") == 30);
        db.sql("update cases set service_area = :a, language = 'en' where status = 'QUEUED'").param("a", area)
                .update();
        for (int n = 0; n < 6; n++) {
            insertOfficer(db, "push-officer-" + n, List.of(area));
        }

        ConcurrentOfferRounds.runAndCheck(db, area, first.getBean(CaseOffers.class),
                second.getBean(CaseOffers.class), Instant.now(), 10);
    }

    @Test
    @Order(4)
    void whenTheHolderStopsOrLosesItsLeaseTheOtherInstanceTakesOverWithinTheLease() {
        JdbcClient db = second.getBean(JdbcClient.class);
        String survivor = second.getBean(Leases.class).instanceId();

        first.close();
        for (String route : LEASED_ROUTES) {
            await(route + " taken over").atMost(LEASE).until(() -> runs(second, route));
            assertThat(leaseHolder(db, route)).isEqualTo(survivor);
        }

        // An instance that died holding the lease: the survivor stops at its next renewal and waits the lease out.
        db.sql("update cluster_lease set holder = 'dead-instance', expires_at = :t where name = 'phone-log-files'")
                .param("t", SqlTime.of(Instant.now().plus(LEASE))).update();
        await("stopped when the lease is lost").atMost(RENEW.multipliedBy(3))
                .until(() -> !runs(second, "phone-log-files"));
        await("taken over once it expires").atMost(LEASE.plus(RENEW.multipliedBy(2)))
                .until(() -> runs(second, "phone-log-files"));
        assertThat(leaseHolder(db, "phone-log-files")).isEqualTo(survivor);
    }

    private static boolean runs(ConfigurableApplicationContext instance, String route) {
        return instance.getBean(CamelContext.class).getRouteController().getRouteStatus(route).isStarted();
    }

    private static String leaseHolder(JdbcClient db, String lease) {
        return db.sql("select holder from cluster_lease where name = :n").param("n", lease).query(String.class)
                .single();
    }

    /** Officers trained for every channel, service area and language in use; half ask the first instance. */
    private static Map<String, ConfigurableApplicationContext> officers(JdbcClient db,
            ConfigurableApplicationContext first, ConfigurableApplicationContext second) {
        List<String> areas = db.sql("select distinct service_area from cases").query(String.class).list();
        Map<String, ConfigurableApplicationContext> officers = new HashMap<>();
        for (int n = 0; n < 2 * OFFICERS_PER_INSTANCE; n++) {
            String username = "scale-officer-" + n;
            insertOfficer(db, username, areas);
            officers.put(username, n % 2 == 0 ? first : second);
        }
        return officers;
    }

    /** An available officer trained for every channel and the given service areas, in English. */
    private static void insertOfficer(JdbcClient db, String username, List<String> areas) {
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
                "--spring.datasource.password=" + database.get("spring.datasource.password"),
                "--ccr.cluster.lease-duration=" + LEASE.toMillis() + "ms",
                "--ccr.cluster.renew-interval=" + RENEW.toMillis() + "ms",
                // push mode on, so that its route is leased too; its own rounds come only once an hour
                "--ccr.routing.push.enabled=true",
                "--ccr.routing.push.round-interval=3600000");
    }

    private static int count(JdbcClient db, String sql) {
        return db.sql(sql).query(Integer.class).single();
    }

}
