package org.contactrouter.routing;

import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The shared queue's order, most urgent first: earliest SLA deadline (a case with none comes last), then the oldest,
 * then the first created. {@link SharedQueue} writes the same rule in SQL ({@code order by sla_due_at nulls last,
 * opened_at, id}) so the database can use its index; code that orders cases in memory, such as the what-if
 * simulator, uses this comparator so both follow one rule. Change them together.
 */
public final class QueueOrder {

    private QueueOrder() {
    }

    public static <T> Comparator<T> mostUrgentFirst(Function<T, Instant> dueAt, Function<T, Instant> openedAt,
                                                    ToLongFunction<T> id) {
        return Comparator.comparing(dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(openedAt)
                .thenComparingLong(id);
    }
}
