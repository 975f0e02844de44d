package org.contactrouter.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The leases this instance takes part in. Joining a lease claims it at once, so a lone instance starts its work
 * without delay. From then on a background thread claims every joined lease again each renew interval: that renews
 * the leases this instance holds and takes those another instance released or left to expire, and each lease's
 * listener hears when it is won or lost. Leases still held at shutdown are released, so another instance takes
 * over at its next renewal instead of waiting for them to expire.
 * <p>
 * Each database call runs on a thread of its own and is waited for only so long (a renew interval, and never past
 * the moment the holder stops trusting its last claim): a call that hangs, on a lock or a dead connection, makes
 * the holder step down in time instead of holding the renewal thread, and with it the lease, for as long as the
 * call takes. Until such a call returns, later ones fail at once.
 */
@Service
public class Leases implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Leases.class);

    /** Told on the renewal thread when this instance wins or loses a lease; must return quickly. */
    @FunctionalInterface
    public interface Listener {
        void leadershipChanged(boolean held);
    }

    private static final class Membership {
        private final Listener listener;
        /** Until when this instance may work on its last successful claim; null while it does not hold the lease. */
        private Instant trustedUntil;

        private Membership(Listener listener) {
            this.listener = listener;
        }

        private boolean held() {
            return trustedUntil != null;
        }
    }

    private final LeaseStore store;
    private final Clock clock;
    private final LeaseTerms terms;
    private final String instanceId;
    private final Map<String, Membership> memberships = new HashMap<>();
    private final ScheduledExecutorService renewal;
    private final ExecutorService database;
    /** The last database call; while it has not returned, no other is started. */
    private Future<?> lastCall;

    public Leases(LeaseStore store, Clock clock, ClusterProperties settings) {
        this.store = store;
        this.clock = clock;
        this.terms = settings.terms();
        this.instanceId = settings.instanceId();
        this.renewal = Executors.newSingleThreadScheduledExecutor(daemon("lease-renewal"));
        this.database = Executors.newSingleThreadExecutor(daemon("lease-database"));
        long period = terms.renewInterval().toMillis();
        renewal.scheduleWithFixedDelay(this::renewAll, period, period, TimeUnit.MILLISECONDS);
        log.info("Leases are held as instance {} for {}, renewed every {}; work of an instance that dies moves on "
                + "within {}", instanceId, terms.duration(), terms.renewInterval(), terms.longestFailover());
    }

    public String instanceId() {
        return instanceId;
    }

    /** Takes part in the lease {@code name}; returns whether this instance holds it now. */
    public synchronized boolean join(String name, Listener listener) {
        if (memberships.containsKey(name)) {
            throw new IllegalStateException("lease " + name + " is already joined: each has one listener");
        }
        Membership membership = new Membership(listener);
        memberships.put(name, membership);
        claim(name, membership);
        log.info("Lease {} is {}", name, membership.held() ? "held by this instance" : "held by another instance");
        return membership.held();
    }

    /** Stops taking part in the lease, releasing it if held. */
    public synchronized void leave(String name) {
        Membership membership = memberships.remove(name);
        if (membership != null && membership.held()) {
            release(name);
        }
    }

    public synchronized boolean holds(String name) {
        Membership membership = memberships.get(name);
        return membership != null && membership.held();
    }

    private synchronized void renewAll() {
        memberships.forEach((name, membership) -> {
            boolean heldBefore = membership.held();
            claim(name, membership);
            if (membership.held() != heldBefore) {
                log.info("Lease {} {} this instance", name, membership.held() ? "won by" : "lost by");
                try {
                    membership.listener.leadershipChanged(membership.held());
                } catch (RuntimeException e) {
                    log.error("The holder of lease {} could not follow the change", name, e);
                }
            }
        });
    }

    private void claim(String name, Membership membership) {
        Instant now = clock.instant();
        Duration wait = membership.held()
                ? shortest(terms.renewInterval(), Duration.between(now, membership.trustedUntil))
                : terms.renewInterval();
        try {
            membership.trustedUntil = inTime(() -> store.claim(name, instanceId, now, terms.expiryOf(now)), wait)
                    ? terms.trustedUntil(now) : null;
        } catch (RuntimeException e) {
            // The database may answer at the next renewal; until then a holder trusts its last claim a while.
            if (membership.held() && !clock.instant().isBefore(membership.trustedUntil)) {
                membership.trustedUntil = null;
            }
            log.warn("Could not claim lease {}: {}", name, e.toString());
        }
    }

    /** @return false when the database could not be reached */
    private boolean release(String name) {
        try {
            inTime(() -> {
                store.release(name, instanceId, clock.instant());
                return true;
            }, terms.renewInterval());
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not release lease {}; another instance takes it when it expires: {}", name, e.toString());
            return false;
        }
    }

    private <T> T inTime(Callable<T> call, Duration wait) {
        if (lastCall != null && !lastCall.isDone()) {
            throw new IllegalStateException("an earlier lease call is still waiting on the database");
        }
        Future<T> pending = database.submit(call);
        lastCall = pending;
        try {
            return pending.get(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the database did not answer within " + wait);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database");
        }
    }

    private static Duration shortest(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void destroy() throws InterruptedException {
        renewal.shutdownNow();
        renewal.awaitTermination(terms.renewInterval().toMillis(), TimeUnit.MILLISECONDS);
        synchronized (this) {
            // One failed release means the database is out of reach: each further try would wait out the
            // connection timeout, and the leases expire anyway.
            for (var membership : memberships.entrySet()) {
                if (membership.getValue().held() && !release(membership.getKey())) {
                    break;
                }
            }
            memberships.clear();
        }
        database.shutdownNow();
    }
}
