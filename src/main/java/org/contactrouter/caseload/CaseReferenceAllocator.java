package org.contactrouter.caseload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case references that are never given twice, by any instance, even after a crash. Each instance reserves
 * a block of numbers with a committed update of one row (in its own transaction, so a caller's rollback cannot undo
 * it) and hands them out from memory; numbers of a block unused when the process stops are simply skipped.
 */
@Component
public class CaseReferenceAllocator {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    static final int BLOCK_SIZE = 100;
    /**
     * While contacts pour in (the last block lasted less than {@link #STORM}) blocks are of 1,000: each reservation
     * is a commit of its own, which on H2 also writes the pages of every batch in flight. Only a restart during a
     * storm then skips up to 999 numbers; normally it skips fewer than 100.
     */
    static final int STORM_BLOCK_SIZE = 1_000;
    static final Duration STORM = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private long next;
    private long blockEnd;
    private Instant blockReservedAt;

    public CaseReferenceAllocator(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public CaseReference next() {
        return new CaseReference(ZonedDateTime.now(clock.withZone(UK)).getYear(), nextNumber());
    }

    private synchronized long nextNumber() {
        if (next >= blockEnd) {
            Instant now = clock.instant();
            int size = blockReservedAt != null && now.isBefore(blockReservedAt.plus(STORM)) ? STORM_BLOCK_SIZE
                    : BLOCK_SIZE;
            next = ownTransaction.execute(status -> {
                jdbc.sql("update case_number_block set next_value = next_value + :size where id = 1")
                        .param("size", size).update();
                return jdbc.sql("select next_value from case_number_block where id = 1").query(Long.class).single()
                        - size;
            });
            blockEnd = next + size;
            blockReservedAt = now;
        }
        return next++;
    }
}
