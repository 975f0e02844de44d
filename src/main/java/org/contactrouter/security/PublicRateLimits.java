package org.contactrouter.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * How often one client may use a public door (the contact form, Open311, the status page): a token bucket per
 * client address and door, refilled every minute. Buckets live in this instance's memory, the least recently used
 * forgotten beyond a bound, so a flood of addresses cannot exhaust it; with several instances each enforces its own
 * share.
 */
public class PublicRateLimits {

    private static final int MAX_CLIENTS = 50_000;

    private final long perMinute;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    public PublicRateLimits(long perMinute) {
        this.perMinute = perMinute;
    }

    /** Whether this client may go ahead now; each call uses one token. */
    public synchronized boolean tryConsume(String door, String client) {
        return buckets.computeIfAbsent(door + "|" + client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsume(1);
    }
}
