package org.contactrouter.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.contactrouter.routing.SharedQueue;

/**
 * (c) Take-next latency: officers ask for their next case through {@link SharedQueue#takeNext} (what
 * {@code POST /api/v1/queue/next} calls, without HTTP and sign-in) while the queue holds the seeded open cases.
 * Two officers ask at any moment, as on a busy morning; each call that gets a case assigns it.
 */
final class TakeNextBenchmark {

    record Result(int calls, int assigned, Latencies latencies) {
    }

    private final SharedQueue queue;

    TakeNextBenchmark(SharedQueue queue) {
        this.queue = queue;
    }

    Result run(List<String> officers, int warmUpCalls, int calls, int concurrentOfficers) throws Exception {
        call(officers, warmUpCalls, concurrentOfficers, new Latencies());
        Latencies latencies = new Latencies();
        int assigned = call(officers, calls, concurrentOfficers, latencies);
        return new Result(calls, assigned, latencies);
    }

    private int call(List<String> officers, int calls, int threads, Latencies latencies) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger assigned = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < calls; n = next.getAndIncrement()) {
                        String officer = officers.get(n % officers.size());
                        long start = System.nanoTime();
                        boolean got = queue.takeNext(officer).isPresent();
                        latencies.record(System.nanoTime() - start);
                        if (got) {
                            assigned.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return assigned.get();
    }
}
