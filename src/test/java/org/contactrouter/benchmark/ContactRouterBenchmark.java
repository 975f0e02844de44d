package org.contactrouter.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.contactrouter.broker.QueueNames;
import org.contactrouter.intake.ContactCodec;
import org.contactrouter.intake.ContactGateway;
import org.contactrouter.intake.IntakeService;
import org.contactrouter.routing.SharedQueue;
import org.contactrouter.security.ApiKeys;
import org.contactrouter.security.ApiScope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The benchmark of README "Benchmarks": {@code mvn -Pbenchmark verify [-Dbench.scale=0.1]}. Prints one table, on
 * the embedded defaults, of (a) the raw broker, (b) intake, (c) take-next, (d) SLA events and (e) heap, each also
 * against (a) from the same run, and writes it to target/benchmark/results.md. {@code bench.scale} scales the
 * contact and case counts of (b) to (e); 1 is the full run of the targets (100,000 queued cases, 1,000,000 clocks).
 * {@code bench.parts} (default {@code b,c,d,e}) picks the parts to run after (a), e.g. {@code -Dbench.parts=c};
 * {@code bench.settings} passes application settings, e.g. {@code -Dbench.settings=ccr.intake.consumers=8};
 * {@code bench.keep-data=true} keeps the run's data directory (deleted otherwise).
 */
public final class ContactRouterBenchmark {

    static final int REPEATS = 3;
    static final int OFFICERS = 200;
    static final String DEMO_USER = "alice";
    static final String DEMO_PASSWORD = "demo-password-2026";

    private ContactRouterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        // (a) always runs: every other figure is compared with it.
        Set<String> parts = Set.of(System.getProperty("bench.parts", "b,c,d,e").split(","));
        ResultTable table = new ResultTable(scale);
        Path dataDir = Path.of("target", "benchmark").toAbsolutePath().resolve(
                "data-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        // Application settings to compare, e.g. -Dbench.settings=ccr.intake.consumers=8,ccr.sla.scan-period-ms=100
        String[] settings = Arrays.stream(System.getProperty("bench.settings", "").split(","))
                .filter(setting -> !setting.isBlank()).map(setting -> "--" + setting.trim()).toArray(String[]::new);
        try (ConfigurableApplicationContext app = BenchmarkApplication.start(dataDir, settings)) {
            run(app, scale, parts, table);
        } finally {
            // A full run leaves gigabytes of journal and database behind; a disk over 90 % full makes Artemis
            // block its producers (max-disk-usage), which would stall the next run.
            if (!Boolean.getBoolean("bench.keep-data")) {
                FileSystemUtils.deleteRecursively(dataDir);
            }
        }
        String result = table.render();
        System.out.println(result);
        Files.writeString(Path.of("target", "benchmark", "results.md"), result);
        // Camel and broker threads must not keep the forked JVM alive.
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext app, double scale, Set<String> parts, ResultTable table)
            throws Exception {
        Clock clock = app.getBean(Clock.class);
        QueueNames queues = app.getBean(QueueNames.class);
        table.loadBefore(loadAverage());

        progress("(a) raw broker");
        BrokerBaseline broker = new BrokerBaseline(BenchmarkApplication.rawConnectionFactory(app));
        broker.transacted(10_000, 100); // warm-up
        table.brokerBlocking(median(REPEATS, () -> broker.blocking(3_000)));
        table.brokerTransacted(median(REPEATS, () -> broker.transacted(30_000, 100)));

        try (CaseEventWatch watch = new CaseEventWatch(BenchmarkApplication.rawConnectionFactory(app),
                queues.caseEvents())) {
            IntakeBenchmark intake = new IntakeBenchmark(app.getBean(CamelContext.class),
                    BenchmarkApplication.rawConnectionFactory(app), queues, app.getBean(ContactCodec.class),
                    app.getBean(ContactGateway.class), watch, clock);
            BulkSeeder seeder = new BulkSeeder(app.getBean(DataSource.class));
            if (parts.contains("b")) {
                intake(app, scale, table, intake, watch);
            }
            if (parts.contains("c")) {
                takeNext(app, scale, table, seeder, clock);
            }
            if (parts.contains("d")) {
                sla(app, scale, table, seeder, watch, clock);
            }
        }
        if (parts.contains("e")) {
            progress("(e) heap");
            table.heap(count(app, "select count(*) from cases"), heapUsedAfterGc());
        }
        table.loadAfter(loadAverage());
    }

    private static void intake(ConfigurableApplicationContext app, double scale, ResultTable table,
                           IntakeBenchmark intake, CaseEventWatch watch) throws Exception {
        int backlog = scaled(10_000, scale);
        progress("(b) intake: warm-up");
        intake.throughGateway("warm", Math.min(2_000, backlog), 16);
        // The drains' own path (full batches) warmed too: otherwise the first drain measures the JIT.
        intake.drainBacklog("warm-backlog", Math.min(5_000, backlog));
        watch.clear();
        progress("(b) intake: backlog of " + backlog + " contacts, " + REPEATS + " times");
        IntakeBenchmark.Throughput[] drained = new IntakeBenchmark.Throughput[REPEATS];
        for (int r = 0; r < REPEATS; r++) {
            drained[r] = intake.drainBacklog("backlog" + r, backlog);
            watch.clear();
        }
        table.intakeSustained(backlog, drained);
        progress("(b) intake: through the gateway");
        table.intakeGateway(intake.throughGateway("gateway", scaled(4_000, scale), 16));
        watch.clear();
        progress("(b) intake: through the JSON API");
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        String key = app.getBean(ApiKeys.class).issue("benchmark", Set.of(ApiScope.CONTACTS_WRITE), "benchmark").key();
        table.intakeApi("an API key", intake.throughApi("api", port, IntakeBenchmark.apiKey(key),
                scaled(4_000, scale), 16));
        watch.clear();
        table.intakeApi("HTTP Basic, a member of staff", intake.throughApi("basic", port,
                IntakeBenchmark.basic(DEMO_USER, DEMO_PASSWORD), scaled(500, scale), 16));
        watch.clear();
    }

    private static void takeNext(ConfigurableApplicationContext app, double scale, ResultTable table,
                             BulkSeeder seeder, Clock clock) throws Exception {
        int queued = scaled(100_000, scale);
        progress("(c) take-next: seeding " + queued + " queued cases and " + OFFICERS + " officers");
        seeder.queuedCases(queued, clock.instant());
        List<String> officers = seeder.officers(OFFICERS, clock.instant());
        progress("(c) take-next: measuring");
        table.takeNext(queued, OFFICERS,
                new TakeNextBenchmark(app.getBean(SharedQueue.class)).run(officers, 500, 2_000, 2));
    }

    private static void sla(ConfigurableApplicationContext app, double scale, ResultTable table, BulkSeeder seeder,
                        CaseEventWatch watch, Clock clock) throws Exception {
        int clocks = scaled(1_000_000, scale);
        progress("(d) SLA: seeding " + clocks + " cases with an open clock");
        seeder.casesWithOpenClocks(clocks, clock.instant());
        progress("(d) SLA: measuring");
        int openClocks = count(app, "select count(*) from sla_milestone where met_at is null");
        table.sla(openClocks, new SlaBenchmark(app.getBean(IntakeService.class), watch, clock).run(20));
        watch.clear();
    }

    private static int count(ConfigurableApplicationContext app, String sql) {
        return app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql(sql).query(Integer.class)
                .single();
    }

    private static long heapUsedAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static int scaled(int count, double scale) {
        return Math.max(100, (int) Math.round(count * scale));
    }

    private interface Measurement {
        double measure() throws Exception;
    }

    private static double median(int repeats, Measurement measurement) throws Exception {
        double[] values = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            values[r] = measurement.measure();
        }
        return median(values);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void progress(String step) {
        System.out.println("[benchmark] " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_TIME) + " " + step);
    }
}
