package org.contactrouter.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.contactrouter.caseload.CaseLifecycle;
import org.contactrouter.contact.Channel;
import org.contactrouter.sla.SlaState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prometheus metrics for supervisors and Grafana (config/grafana-dashboard.json):
 * <ul>
 * <li>{@code ccr_queue_depth{channel}}: cases waiting in the shared queue (gauge, from the database);</li>
 * <li>{@code ccr_cases_open{sla_state}}: open cases by SLA state (gauge, from the database);</li>
 * <li>{@code ccr_intake_contacts_total{channel}}: contacts taken in by this instance (rate = intake rate);</li>
 * <li>{@code ccr_sla_alerts_total{kind,channel}}: SLA warnings and breaches (each counted by one instance);</li>
 * <li>{@code ccr_sla_time_to_acknowledge_seconds} and {@code ccr_sla_time_to_respond_seconds} {channel}:
 * histograms of the elapsed time from a clock's start to its milestone being met.</li>
 * </ul>
 * The gauges read the whole database and so show the same on every instance: aggregate them with max, not sum.
 */
@Component
class SupervisionMetrics {

    private final DashboardQueries queries;
    private final MeterRegistry registry;
    private final JsonMapper json;
    private final Map<Channel, AtomicLong> queueDepth = new EnumMap<>(Channel.class);
    private final Map<SlaState, AtomicLong> openByState = new EnumMap<>(SlaState.class);

    SupervisionMetrics(DashboardQueries queries, MeterRegistry registry, JsonMapper json) {
        this.queries = queries;
        this.registry = registry;
        this.json = json;
        for (Channel channel : Channel.values()) {
            AtomicLong depth = new AtomicLong();
            queueDepth.put(channel, depth);
            Gauge.builder("ccr.queue.depth", depth, AtomicLong::get).description("Cases waiting in the shared queue")
                    .tag("channel", channel.key()).register(registry);
        }
        for (SlaState state : SlaState.values()) {
            AtomicLong open = new AtomicLong();
            openByState.put(state, open);
            Gauge.builder("ccr.cases.open", open, AtomicLong::get).description("Open cases by SLA state")
                    .tag("sla_state", state.name()).register(registry);
        }
    }

    /** Reads the gauges' figures from the database (routes/supervision.yaml, every 10 seconds). */
    public void refresh() {
        queries.queueDepthByChannel().forEach((channel, depth) -> queueDepth.get(channel).set(depth));
        Map<SlaState, Long> totals = new EnumMap<>(SlaState.class);
        queries.openCasesByState(DashboardQueries.Dimension.CHANNEL).values()
                .forEach(byState -> byState.forEach((state, n) -> totals.merge(state, n, Long::sum)));
        openByState.forEach((state, gauge) -> gauge.set(totals.getOrDefault(state, 0L)));
    }

    /** An SLA warning or breach from the case-events topic. */
    public void slaAlertRaised(String event) {
        StoredAlert alert = json.readValue(event, StoredAlert.class);
        Counter.builder("ccr.sla.alerts").description("SLA warnings and breaches raised")
                .tag("kind", alert.breach() ? "breach" : "warning")
                .tag("channel", alert.channel().toLowerCase(Locale.ROOT))
                .register(registry).increment();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void caseOpened(CaseLifecycle.CaseOpened opened) {
        contactTakenIn(opened.channel());
        // A web submission is acknowledged on the spot: its acknowledgement is met as the case opens.
        if (opened.channel().acknowledgesOnReceipt()) {
            recordMet(opened.caseId(), null);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void contactAdded(CaseLifecycle.ContactAdded added) {
        contactTakenIn(added.contact().channel());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void replyDelivered(CaseLifecycle.ReplyDelivered delivered) {
        recordMet(delivered.caseId(), delivered.at());
    }

    private void contactTakenIn(Channel channel) {
        Counter.builder("ccr.intake.contacts").description("Contacts taken in")
                .tag("channel", channel.key()).register(registry).increment();
    }

    private void recordMet(long caseId, Instant at) {
        for (DashboardQueries.MetMilestone met : queries.metMilestones(caseId, at)) {
            String name = switch (met.milestone()) {
                case "ACKNOWLEDGE" -> "ccr.sla.time.to.acknowledge";
                case "FIRST_RESPONSE", "NEXT_RESPONSE" -> "ccr.sla.time.to.respond";
                default -> null;
            };
            if (name != null) {
                Timer.builder(name).description("Elapsed time from receipt to the milestone being met")
                        .tag("channel", met.channel().key()).publishPercentileHistogram()
                        .register(registry).record(Duration.between(met.startedAt(), met.metAt()));
            }
        }
    }
}
