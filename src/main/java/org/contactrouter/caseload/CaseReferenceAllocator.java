package org.contactrouter.caseload;

import java.time.Clock;
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

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private long next;
    private long blockEnd;

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
            next = ownTransaction.execute(status -> {
                jdbc.sql("update case_number_block set next_value = next_value + :size where id = 1")
                        .param("size", BLOCK_SIZE).update();
                return jdbc.sql("select next_value from case_number_block where id = 1").query(Long.class).single()
                        - BLOCK_SIZE;
            });
            blockEnd = next + BLOCK_SIZE;
        }
        return next++;
    }
}
