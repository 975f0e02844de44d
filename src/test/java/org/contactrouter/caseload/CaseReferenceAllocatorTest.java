package org.contactrouter.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.contactrouter.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** References are never given twice: not by two instances, not after a restart, not when a caller rolls back. */
class CaseReferenceAllocatorTest extends ApplicationTest {

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    @Test
    void instancesAndRestartsNeverShareANumberEvenWhenTheCallerRollsBack() {
        CaseReferenceAllocator first = new CaseReferenceAllocator(jdbc, transactions, clock);
        CaseReferenceAllocator second = new CaseReferenceAllocator(jdbc, transactions, clock);
        List<Long> handedOut = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            handedOut.add(first.next().number());
            handedOut.add(second.next().number());
        }
        // A caller whose own transaction rolls back keeps the reservation: its numbers stay used.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            handedOut.add(new CaseReferenceAllocator(jdbc, transactions, clock).next().number());
            status.setRollbackOnly();
        });
        CaseReferenceAllocator afterRestart = new CaseReferenceAllocator(jdbc, transactions, clock);
        handedOut.add(afterRestart.next().number());

        assertThat(handedOut).doesNotHaveDuplicates();
        long afterRestartNumber = handedOut.get(handedOut.size() - 1);
        assertThat(afterRestartNumber).isEqualTo(handedOut.stream().mapToLong(n -> n).max().orElseThrow());
    }
}
