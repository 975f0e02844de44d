package org.contactrouter.status;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * At most {@code attempts} status look-ups per client per {@code window}, so that nobody can try references and
 * addresses in bulk. One token bucket per client address, kept for the most recent clients only: an attacker
 * cycling addresses gets a fresh bucket at worst, never exhausts memory.
 */
class StatusPageLimiter {

    /** Clients remembered at once. */
    static final int MAX_CLIENTS = 10_000;

    private final int attempts;
    private final Duration window;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    StatusPageLimiter(int attempts, Duration window) {
        this.attempts = attempts;
        this.window = window;
    }

    /** Takes one attempt for the client; false when it has none left in the window. */
    boolean tryAcquire(String client) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(client, c -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, window).build()).build());
        }
        return bucket.tryConsume(1);
    }
}
