package org.contactrouter.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.camel.ProducerTemplate;
import org.contactrouter.broker.QueueNames;
import org.contactrouter.caseload.CaseEventType;
import org.contactrouter.caseload.CaseRepository;
import org.contactrouter.persistence.SqlTime;
import org.contactrouter.sla.SlaConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Widens the pool of queued cases whose deadlines near (called by routes/routing.yaml). Each case records when it
 * next needs looking at, so a scan reads only the cases due a change; a change is made by a conditional update, so
 * with several instances each widening is recorded once. From {@code ccr.routing.supervisors-told-at-level}
 * supervisors are told through the case-events topic.
 */
@Component
public class PoolWideningScanner {

    private static final int BATCH = 500;
    /**
     * Cases looked at per transaction. Most looks at a new case only note when to look next; one commit for each
     * of a storm's cases cost intake a tenth of its time on H2 (README, Benchmarks).
     */
    private static final int PER_TRANSACTION = 50;

    private final JdbcClient jdbc;
    private final CaseRepository cases;
    private final SlaConfiguration sla;
    private final PoolWidening widening;
    private final ProducerTemplate producer;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String topic;
    private final int supervisorsToldAtLevel;

    public PoolWideningScanner(JdbcClient jdbc, CaseRepository cases, SlaConfiguration sla, PoolWidening widening,
                               ProducerTemplate producer, TransactionTemplate transaction, Clock clock,
                               QueueNames queues,
                               @Value("${ccr.routing.supervisors-told-at-level:2}") int supervisorsToldAtLevel) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.sla = sla;
        this.widening = widening;
        this.producer = producer;
        this.transaction = transaction;
        this.clock = clock;
        this.topic = "jms:topic:" + queues.caseEvents();
        this.supervisorsToldAtLevel = supervisorsToldAtLevel;
    }

    private record Waiting(long id, String reference, String channel, Instant openedAt, Instant dueAt, int level) {
    }

    public int scan() {
        return scan(clock.instant());
    }

    /** Widens what is due at {@code now}; returns how many cases widened. */
    public int scan(Instant now) {
        List<Waiting> due = jdbc.sql("""
                        select id, reference, channel, opened_at, sla_due_at, widening_level from cases
                        where status = 'QUEUED' and sla_due_at is not null and widening_level < :max
                        and (widening_next_at is null or widening_next_at <= :now)
                        order by sla_due_at limit :batch""")
                .param("max", widening.maxLevel()).param("now", SqlTime.of(now)).param("batch", BATCH)
                .query((rs, row) -> new Waiting(rs.getLong("id"), rs.getString("reference"), rs.getString("channel"),
                        SqlTime.read(rs, "opened_at"), SqlTime.read(rs, "sla_due_at"), rs.getInt("widening_level")))
                .list();
        int widened = 0;
        for (int from = 0; from < due.size(); from += PER_TRANSACTION) {
            List<Waiting> chunk = due.subList(from, Math.min(due.size(), from + PER_TRANSACTION));
            widened += transaction.execute(status -> (int) chunk.stream().filter(w -> widen(w, now)).count());
        }
        return widened;
    }

    private boolean widen(Waiting waiting, Instant now) {
        int level = Math.max(waiting.level(),
                widening.levelAt(sla.calendar(), waiting.openedAt(), waiting.dueAt(), now));
        Instant next = widening.nextChangeAt(sla.calendar(), waiting.openedAt(), waiting.dueAt(), level)
                .orElse(waiting.dueAt());
        int updated = jdbc.sql("""
                        update cases set widening_level = :level, widening_next_at = :next
                        where id = :id and widening_level = :old and sla_due_at = :due""")
                .param("level", level).param("next", SqlTime.of(next)).param("id", waiting.id())
                .param("old", waiting.level()).param("due", SqlTime.of(waiting.dueAt())).update();
        if (updated == 0 || level == waiting.level()) {
            return false;
        }
        cases.appendEvent(waiting.id(), CaseEventType.POOL_WIDENED, now, "routing", level == 1
                ? "any officer trained for " + waiting.channel().toLowerCase() + " may now take it, in any service area"
                : "any officer with room may now take it");
        if (level >= supervisorsToldAtLevel) {
            producer.sendBody(topic, "{\"kind\":\"POOL_WIDENED\",\"reference\":\"" + waiting.reference()
                    + "\",\"level\":" + level + "}");
        }
        return true;
    }
}
