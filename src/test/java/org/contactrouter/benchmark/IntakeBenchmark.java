package org.contactrouter.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import org.apache.camel.CamelContext;
import org.awaitility.Awaitility;
import org.contactrouter.broker.QueueNames;
import org.contactrouter.contact.Contact;
import org.contactrouter.intake.ContactCodec;
import org.contactrouter.intake.ContactGateway;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * (b) End-to-end intake, from a channel queue to a stored, queued case whose event is on the case-events topic.
 * <ul>
 *   <li>sustained: a backlog of contacts is put on the four inbound queues while intake is stopped, then intake is
 *   started and timed until every case is stored; this is the rate intake keeps up under a storm;</li>
 *   <li>latency: concurrent clients each hand a contact to {@link ContactGateway} (what every channel calls) and
 *   wait for its case; and the same through {@code POST /api/v1/contacts} over HTTP.</li>
 * </ul>
 */
final class IntakeBenchmark {

    private static final List<String> INTAKE_ROUTES = List.of("intake-phone", "intake-email", "intake-web",
            "intake-social");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param cpuMillisPerContact CPU time of the whole process (intake, broker, scanners) per contact while
     *                            draining: unlike the rate, it hardly moves when other work shares the machine
     */
    record Throughput(int contacts, double perSecond, double cpuMillisPerContact) {
    }

    record ClosedLoop(int contacts, int clients, double perSecond, Latencies latencies) {
    }

    private final CamelContext camel;
    private final ConnectionFactory connectionFactory;
    private final QueueNames queues;
    private final ContactCodec codec;
    private final ContactGateway gateway;
    private final CaseEventWatch watch;
    private final Clock clock;

    IntakeBenchmark(CamelContext camel, ConnectionFactory connectionFactory, QueueNames queues, ContactCodec codec,
                    ContactGateway gateway, CaseEventWatch watch, Clock clock) {
        this.camel = camel;
        this.connectionFactory = connectionFactory;
        this.queues = queues;
        this.codec = codec;
        this.gateway = gateway;
        this.watch = watch;
        this.clock = clock;
    }

    Throughput drainBacklog(String run, int contacts) throws Exception {
        for (String route : INTAKE_ROUTES) {
            camel.getRouteController().stopRoute(route);
        }
        preload(run, contacts);
        int openedBefore = watch.casesOpened();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        for (String route : INTAKE_ROUTES) {
            camel.getRouteController().startRoute(route);
        }
        Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> watch.casesOpened() - openedBefore >= contacts);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMillis = (processCpuNanos() - cpuStart) / 1e6;
        return new Throughput(contacts, contacts / seconds, cpuMillis / contacts);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Puts the contacts on their channels' queues, as the channels would, in transactions of 100. */
    private void preload(String run, int contacts) throws Exception {
        try (Connection connection = connectionFactory.createConnection();
             Session session = connection.createSession(true, Session.SESSION_TRANSACTED)) {
            MessageProducer producer = session.createProducer(null);
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int n = 0; n < contacts; n++) {
                Contact contact = SyntheticContacts.contact(run, n, clock.instant());
                producer.send(session.createQueue(queues.inboundFor(contact.channel())),
                        session.createTextMessage(codec.encode(contact)));
                if (n % 100 == 99) {
                    session.commit();
                }
            }
            session.commit();
        }
    }

    ClosedLoop throughGateway(String run, int contacts, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return closedLoop(contacts, clients, () -> {
            int n = next.getAndIncrement();
            Contact contact = SyntheticContacts.contact(run, n, clock.instant());
            long start = System.nanoTime();
            gateway.submit(contact);
            String key = "msg:" + contact.channelMessageId();
            watch.future(key).get(60, TimeUnit.SECONDS);
            return watch.arrivedAtNanos(key) - start;
        });
    }

    /** The Authorization header of a member of staff (HTTP Basic: a BCrypt check on every request). */
    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The Authorization header of a council system with an API key (one SHA-256 per request). */
    static String apiKey(String key) {
        return "Bearer " + key;
    }

    ClosedLoop throughApi(String run, int port, String authorization, int contacts, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create("http://localhost:" + port + "/api/v1/contacts");
        AtomicInteger next = new AtomicInteger();
        return closedLoop(contacts, clients, () -> {
            int n = next.getAndIncrement();
            String body = JSON.writeValueAsString(java.util.Map.of("externalId", run + "-" + n,
                    "name", "Citizen " + n, "email", "api-" + run + "-" + n + "@example.org",
                    "message", "My bin was not collected on Tuesday, could someone come back for it please?"));
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json").header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("API answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode accepted = JSON.readTree(response.body());
            String key = "ref:" + accepted.get("reference").asString();
            watch.future(key).get(60, TimeUnit.SECONDS);
            return watch.arrivedAtNanos(key) - start;
        });
    }

    /** One contact end to end; returns its latency in nanoseconds. */
    private interface Journey {
        long travel() throws Exception;
    }

    private static ClosedLoop closedLoop(int contacts, int clients, Journey journey) throws Exception {
        Latencies latencies = new Latencies();
        AtomicInteger remaining = new AtomicInteger(contacts);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    while (remaining.getAndDecrement() > 0) {
                        latencies.record(journey.travel());
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ClosedLoop(contacts, clients, contacts / seconds, latencies);
    }
}
