package org.contactrouter.channel.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Limits acknowledgements per sender (for example at most 3 an hour), the last defence against mail loops with
 * auto-responders that do not mark themselves and against a citizen flooding their own inbox. A sliding window:
 * each sender may have at most {@code maxPerWindow} acknowledgements in any period of {@code window}.
 * Thread-safe.
 */
public final class AcknowledgementRateLimiter {

    private final int maxPerWindow;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> sentBySender = new HashMap<>();
    private Instant lastSweep;

    public AcknowledgementRateLimiter(int maxPerWindow, Duration window, Clock clock) {
        if (maxPerWindow < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("maxPerWindow and window must be positive");
        }
        this.maxPerWindow = maxPerWindow;
        this.window = window;
        this.clock = clock;
        this.lastSweep = clock.instant();
    }

    /**
     * Asks to send one acknowledgement to a sender; if allowed, counts it.
     *
     * @param senderAddress the address the acknowledgement would go to (case does not matter)
     * @return true when it may be sent
     */
    public synchronized boolean tryAcquire(String senderAddress) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(window);
        sweepIdleSenders(now, windowStart);
        Deque<Instant> sent = sentBySender.computeIfAbsent(senderAddress.strip().toLowerCase(Locale.ROOT),
                key -> new ArrayDeque<>());
        dropOlderThan(sent, windowStart);
        if (sent.size() >= maxPerWindow) {
            return false;
        }
        sent.addLast(now);
        return true;
    }

    /** Whether one more acknowledgement to the sender would be allowed now; counts nothing. */
    public synchronized boolean wouldAllow(String senderAddress) {
        Deque<Instant> sent = sentBySender.get(senderAddress.strip().toLowerCase(Locale.ROOT));
        if (sent == null) {
            return true;
        }
        dropOlderThan(sent, clock.instant().minus(window));
        return sent.size() < maxPerWindow;
    }

    /** Forgets senders with nothing in the window, at most once a window, so memory stays bounded. */
    private void sweepIdleSenders(Instant now, Instant windowStart) {
        if (lastSweep.isAfter(windowStart)) {
            return;
        }
        sentBySender.values().forEach(sent -> dropOlderThan(sent, windowStart));
        sentBySender.values().removeIf(Deque::isEmpty);
        lastSweep = now;
    }

    /** How many senders are remembered; for monitoring and tests. */
    synchronized int trackedSenders() {
        return sentBySender.size();
    }

    private static void dropOlderThan(Deque<Instant> sent, Instant windowStart) {
        while (!sent.isEmpty() && !sent.peekFirst().isAfter(windowStart)) {
            sent.removeFirst();
        }
    }
}
