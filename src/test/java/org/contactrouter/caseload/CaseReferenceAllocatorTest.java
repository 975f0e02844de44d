package org.contactrouter.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.contactrouter.ApplicationTest;
import org.contactrouter.MutableClock;
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

    @Test
    void blocksGrowWhileContactsPourInAndShrinkWhenTheyStop() {
        MutableClock time = new MutableClock(clock.instant());
        CaseReferenceAllocator allocator = new CaseReferenceAllocator(jdbc, transactions, time);

        assertThat(reservationOf(allocator::next)).isEqualTo(CaseReferenceAllocator.BLOCK_SIZE);
        // The block used up within seconds: the next one is a storm's.
        time.advance(Duration.ofSeconds(2));
        useUp(allocator, CaseReferenceAllocator.BLOCK_SIZE);
        assertThat(reservationOf(allocator::next)).isEqualTo(CaseReferenceAllocator.STORM_BLOCK_SIZE);
        // That block took longer than the storm window: back to small blocks.
        time.advance(CaseReferenceAllocator.STORM.plusSeconds(1));
        useUp(allocator, CaseReferenceAllocator.STORM_BLOCK_SIZE);
        assertThat(reservationOf(allocator::next)).isEqualTo(CaseReferenceAllocator.BLOCK_SIZE);
    }

    /** Takes the rest of a block whose first number was taken. */
    private static void useUp(CaseReferenceAllocator allocator, int blockSize) {
        for (int taken = 1; taken < blockSize; taken++) {
            allocator.next();
        }
    }

    /** How many numbers the call reserved. */
    private long reservationOf(Runnable call) {
        long before = reservedUpTo();
        call.run();
        return reservedUpTo() - before;
    }

    private long reservedUpTo() {
        return jdbc.sql("select next_value from case_number_block where id = 1").query(Long.class).single();
    }
}
