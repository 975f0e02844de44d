package org.contactrouter.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class QueueOrderTest {

    record Waiting(long id, Instant dueAt, Instant openedAt) {
    }

    @Test
    void earliestDeadlineFirstThenOldestThenFirstCreatedAndNoDeadlineLast() {
        Instant nine = Instant.parse("2026-03-02T09:00:00Z");
        Waiting noDeadline = new Waiting(1, null, nine.minusSeconds(3600));
        Waiting dueLater = new Waiting(2, nine.plusSeconds(7200), nine.minusSeconds(1800));
        Waiting dueSoonNewer = new Waiting(3, nine.plusSeconds(3600), nine);
        Waiting dueSoonOlder = new Waiting(4, nine.plusSeconds(3600), nine.minusSeconds(60));
        Waiting dueSoonOlderTwin = new Waiting(5, nine.plusSeconds(3600), nine.minusSeconds(60));

        List<Waiting> queue = new ArrayList<>(List.of(noDeadline, dueSoonOlderTwin, dueLater, dueSoonNewer, dueSoonOlder));
        queue.sort(QueueOrder.mostUrgentFirst(Waiting::dueAt, Waiting::openedAt, Waiting::id));

        assertThat(queue).containsExactly(dueSoonOlder, dueSoonOlderTwin, dueSoonNewer, dueLater, noDeadline);
    }
}
