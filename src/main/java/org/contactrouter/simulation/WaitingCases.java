package org.contactrouter.simulation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.contactrouter.contact.Channel;
import org.contactrouter.routing.QueueOrder;

/**
 * The simulated shared queue, in the live order ({@link QueueOrder}). Whether an officer may take a case depends
 * only on the case's stage, channel, service area, language and widening level, so cases are kept in one ordered
 * set per such combination: finding an officer's most urgent eligible case asks the eligibility rule once per
 * combination and compares the heads, instead of walking the whole queue.
 */
final class WaitingCases {

    /** What eligibility depends on. */
    record Kind(SimCase.Stage stage, Channel channel, String serviceArea, String language, int wideningLevel) {

        static Kind of(SimCase waiting) {
            return new Kind(waiting.stage, waiting.channel(), waiting.classification.serviceArea(),
                    waiting.classification.language(), waiting.wideningLevel);
        }
    }

    static final Comparator<SimCase> MOST_URGENT_FIRST =
            QueueOrder.mostUrgentFirst(c -> c.dueAt, SimCase::openedAt, c -> c.id);

    private final Map<Kind, TreeSet<SimCase>> byKind = new LinkedHashMap<>();
    private int size;

    void add(SimCase waiting) {
        if (byKind.computeIfAbsent(Kind.of(waiting), k -> new TreeSet<>(MOST_URGENT_FIRST)).add(waiting)) {
            size++;
        }
    }

    /** Takes the case out; true if it was waiting. Call before changing what its {@link Kind} depends on. */
    boolean remove(SimCase waiting) {
        TreeSet<SimCase> same = byKind.get(Kind.of(waiting));
        if (same != null && same.remove(waiting)) {
            size--;
            return true;
        }
        return false;
    }

    /** The most urgent waiting case of a kind the officer may take. */
    Optional<SimCase> mostUrgent(Predicate<Kind> mayTake) {
        SimCase best = null;
        for (Map.Entry<Kind, TreeSet<SimCase>> kind : byKind.entrySet()) {
            if (!kind.getValue().isEmpty() && mayTake.test(kind.getKey())) {
                SimCase head = kind.getValue().first();
                if (best == null || MOST_URGENT_FIRST.compare(head, best) < 0) {
                    best = head;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    int size() {
        return size;
    }
}
