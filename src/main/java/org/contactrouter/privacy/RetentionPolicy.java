package org.contactrouter.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.contactrouter.audit.AuditLog;
import org.contactrouter.persistence.SqlTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The council's retention policy ({@code ccr.retention.closed-case-months}): a case closed longer ago than that has
 * its personal data removed. Run hourly by routes/privacy.yaml; each case in its own transaction, so one failure
 * does not stop the rest, and every run that removed something is written to the audit log.
 */
@Component
public class RetentionPolicy {

    private static final Logger log = LoggerFactory.getLogger(RetentionPolicy.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final Anonymiser anonymiser;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int closedCaseMonths;

    public RetentionPolicy(JdbcClient jdbc, Anonymiser anonymiser, AuditLog audit, TransactionTemplate transaction,
                           Clock clock, @Value("${ccr.retention.closed-case-months}") int closedCaseMonths) {
        if (closedCaseMonths < 1) {
            throw new IllegalArgumentException("ccr.retention.closed-case-months must be 1 or more");
        }
        this.jdbc = jdbc;
        this.anonymiser = anonymiser;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.closedCaseMonths = closedCaseMonths;
    }

    public int apply() {
        return apply(clock.instant());
    }

    /** Anonymises the cases closed before the retention period ending at {@code now}; returns how many. */
    public int apply(Instant now) {
        Instant closedBefore = now.atOffset(ZoneOffset.UTC).minusMonths(closedCaseMonths).toInstant();
        int done = 0;
        List<Long> due;
        do {
            due = jdbc.sql("""
                            select id from cases where status = 'CLOSED' and anonymised_at is null
                            and updated_at < :before order by id limit :batch""")
                    .param("before", SqlTime.of(closedBefore)).param("batch", BATCH).query(Long.class).list();
            for (long caseId : due) {
                transaction.executeWithoutResult(status -> anonymiser.anonymiseCase(caseId));
            }
            done += due.size();
        } while (due.size() == BATCH);
        if (done > 0) {
            audit.record("retention", "RETENTION_APPLIED", done + " cases closed before " + closedBefore + " anonymised");
            log.info("Retention: {} closed cases anonymised", done);
        }
        return done;
    }
}
