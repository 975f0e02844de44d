package org.contactrouter.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's table (Markdown, as pasted into the README). Throughputs are compared with the broker's
 * transacted rate, latencies with one blocking persistent send (the broker's own round trip to its journal).
 */
final class ResultTable {

    private final double scale;
    private final List<String> rows = new ArrayList<>();
    private double blockingPerSecond = Double.NaN;
    private double transactedPerSecond = Double.NaN;
    private double loadBefore;
    private double loadAfter;

    ResultTable(double scale) {
        this.scale = scale;
    }

    void loadBefore(double load) {
        loadBefore = load;
    }

    void loadAfter(double load) {
        loadAfter = load;
    }

    void brokerBlocking(double perSecond) {
        blockingPerSecond = perSecond;
        row("a", "Broker: persistent 1 KiB, blocking sends, 1 producer + 1 consumer (median of 3)",
                rate(perSecond, "msg/s"), "1 send = " + ms(sendMillis()));
    }

    void brokerTransacted(double perSecond) {
        transactedPerSecond = perSecond;
        row("a", "Broker: persistent 1 KiB, transacted batches of 100, 1 producer + 1 consumer (median of 3)",
                rate(perSecond, "msg/s"), "100%");
    }

    void intakeSustained(int backlog, IntakeBenchmark.Throughput[] drains) {
        double[] perSecond = Arrays.stream(drains).mapToDouble(IntakeBenchmark.Throughput::perSecond).toArray();
        double median = ContactRouterBenchmark.median(perSecond);
        double cpuMillis = ContactRouterBenchmark.median(
                Arrays.stream(drains).mapToDouble(IntakeBenchmark.Throughput::cpuMillisPerContact).toArray());
        int processors = Runtime.getRuntime().availableProcessors();
        row("b", "Intake sustained: backlog of " + number(backlog) + " contacts on the 4 channel queues drained to"
                        + " stored, queued cases (median of " + perSecond.length + ": " + rates(perSecond) + ")",
                rate(median, "contacts/s"), percentOfTransacted(median));
        // What the rate would be with the machine's cores to itself: robust to other work on a shared machine.
        double ceiling = processors * 1000 / cpuMillis;
        row("b", "Intake CPU: process CPU time per contact while draining (median); " + processors
                        + " cores at that cost", ms(cpuMillis) + " per contact; " + rate(ceiling, "contacts/s"),
                percentOfTransacted(ceiling));
    }

    void intakeGateway(IntakeBenchmark.ClosedLoop result) {
        closedLoop("Intake through ContactGateway (as every channel), " + result.clients()
                + " concurrent clients, " + number(result.contacts()) + " contacts: enqueue to case event", result);
    }

    void intakeApi(String credential, IntakeBenchmark.ClosedLoop result) {
        closedLoop("Intake through POST /api/v1/contacts (" + credential + "), " + result.clients()
                + " concurrent clients, " + number(result.contacts()) + " contacts: request to case event", result);
    }

    private void closedLoop(String what, IntakeBenchmark.ClosedLoop result) {
        Latencies l = result.latencies();
        row("b", what, rate(result.perSecond(), "contacts/s") + "; p50 " + ms(l.millis(50)) + ", p95 "
                        + ms(l.millis(95)) + ", p99 " + ms(l.millis(99)),
                percentOfTransacted(result.perSecond()) + "; p99 = " + sends(l.millis(99)));
    }

    void takeNext(int queued, int officers, TakeNextBenchmark.Result result) {
        Latencies l = result.latencies();
        row("c", "Take-next (SharedQueue.takeNext), " + number(queued) + " queued cases, " + officers
                        + " officers, 2 asking at once, " + number(result.calls()) + " calls ("
                        + number(result.assigned()) + " assigned)",
                "p50 " + ms(l.millis(50)) + ", p99 " + ms(l.millis(99)), "p99 = " + sends(l.millis(99)));
    }

    void sla(int openClocks, Latencies latencies) {
        row("d", "SLA: deadline to breach event on the topic, " + number(openClocks) + " open clocks, "
                        + latencies.count() + " probes",
                "p50 " + ms(latencies.millis(50)) + ", max " + ms(latencies.millis(100)),
                "max = " + sends(latencies.millis(100)));
    }

    void heap(int cases, long bytes) {
        row("e", "Heap used after full GC, " + number(cases) + " cases in the database (-Xmx2g)",
                String.format(Locale.ROOT, "%,.0f MiB", bytes / 1048576.0), "n/a");
    }

    String render() {
        StringBuilder out = new StringBuilder();
        Runtime runtime = Runtime.getRuntime();
        out.append(String.format(Locale.ROOT, "Scale %s; %d processors; Java %s (%s); max heap %,d MiB;"
                        + " load average (1 min) %.2f before, %.2f after%n%n", scale, runtime.availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                runtime.maxMemory() / 1048576, loadBefore, loadAfter));
        out.append("| | Measure | Figure | Against (a) |\n|---|---|---|---|\n");
        rows.forEach(row -> out.append(row).append('\n'));
        return out.toString();
    }

    private void row(String part, String what, String figure, String ratio) {
        rows.add("| " + part + " | " + what + " | " + figure + " | " + ratio + " |");
    }

    private double sendMillis() {
        return 1000.0 / blockingPerSecond;
    }

    private String percentOfTransacted(double perSecond) {
        return String.format(Locale.ROOT, "%.0f%% of transacted", 100 * perSecond / transactedPerSecond);
    }

    private String sends(double millis) {
        return String.format(Locale.ROOT, "%.1f blocking sends", millis / sendMillis());
    }

    private static String rate(double perSecond, String unit) {
        return String.format(Locale.ROOT, "%,.0f %s", perSecond, unit);
    }

    private static String rates(double[] values) {
        return String.join(", ", Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%,.0f", v))
                .toList());
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.0f ms", millis);
    }

    private static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
