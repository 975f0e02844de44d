package org.contactrouter.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.contactrouter.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** What this instance makes of its claims, renewed by the real renewal thread, on a clock the test moves. */
class LeasesTest {

    static final Duration LEASE = Duration.ofMillis(300);
    static final Duration RENEW = Duration.ofMillis(100);

    /** A lease table whose answers the test decides. */
    static class ScriptedStore extends LeaseStore {
        volatile boolean reachable = true;
        volatile boolean wins = true;
        /** While closed, a claim waits as a statement blocked on a row lock or a dead connection does. */
        volatile CountDownLatch answers = new CountDownLatch(0);
        final AtomicInteger claims = new AtomicInteger();
        final List<String> released = new CopyOnWriteArrayList<>();

        ScriptedStore() {
            super(null);
        }

        @Override
        public boolean claim(String name, String holder, Instant now, Instant expiresAt) {
            claims.incrementAndGet();
            try {
                answers.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!reachable) {
                throw new DataAccessResourceFailureException("database unreachable (test)");
            }
            return wins;
        }

        @Override
        public void release(String name, String holder, Instant now) {
            released.add(name);
        }
    }

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    final ScriptedStore store = new ScriptedStore();
    final Leases leases = new Leases(store, clock, new ClusterProperties(LEASE, RENEW, "this-instance"));
    final List<Boolean> heard = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        leases.destroy();
    }

    @Test
    void aLeaseWonAtOnceIsLostWhenAnotherInstanceTakesItAndWonBackWhenFree() {
        assertThat(leases.join("phone", heard::add)).isTrue();
        assertThat(leases.holds("phone")).isTrue();

        store.wins = false;
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.equals(List.of(false)));
        assertThat(leases.holds("phone")).isFalse();

        store.wins = true;
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.equals(List.of(false, true)));
        assertThat(leases.holds("phone")).isTrue();
    }

    @Test
    void aHolderThatCannotReachTheDatabaseWorksOnItsLastClaimOnlyWhileItCanTrustIt() {
        assertThat(leases.join("phone", heard::add)).isTrue();

        store.reachable = false;
        int claimsBefore = store.claims.get();
        await().atMost(Duration.ofSeconds(5)).until(() -> store.claims.get() >= claimsBefore + 2);
        assertThat(leases.holds("phone")).as("still within its last claim").isTrue();
        assertThat(heard).isEmpty();

        clock.advance(LEASE.minus(RENEW));
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.equals(List.of(false)));
        assertThat(leases.holds("phone")).isFalse();
    }

    @Test
    void aHolderWhoseRenewalHangsStepsDownWhenItsClaimRunsOutAndResumesWhenTheDatabaseAnswers() {
        assertThat(leases.join("phone", heard::add)).isTrue();

        store.answers = new CountDownLatch(1);
        int claimsBefore = store.claims.get();
        await().atMost(Duration.ofSeconds(5)).until(() -> store.claims.get() > claimsBefore);
        assertThat(leases.holds("phone")).as("still within its last claim").isTrue();

        clock.advance(LEASE.minus(RENEW));
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.equals(List.of(false)));
        assertThat(leases.holds("phone")).isFalse();

        store.answers.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.equals(List.of(false, true)));
    }

    @Test
    void anInstanceThatCannotReachTheDatabaseAtStartHoldsNothingUntilItCan() {
        store.reachable = false;
        assertThat(leases.join("phone", heard::add)).isFalse();

        store.reachable = true;
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.equals(List.of(true)));
    }

    @Test
    void leasesHeldAtShutdownOrWhenLeftAreReleased() throws InterruptedException {
        leases.join("phone", heard::add);
        leases.join("email", heard::add);
        store.wins = false;
        leases.join("social", heard::add);

        leases.leave("email");
        assertThat(store.released).containsExactly("email");
        leases.destroy();
        assertThat(store.released).containsExactly("email", "phone");
    }
}
