package org.contactrouter.benchmark;

import java.util.Arrays;

/** Latencies recorded by several threads; percentiles by sorting, which is exact and cheap at these counts. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    synchronized void record(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized int count() {
        return count;
    }

    /** @param percentile e.g. 99 for p99 */
    synchronized double millis(double percentile) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1_000_000.0;
    }
}
