package org.contactrouter.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Push-mode offer rounds run in pairs starting at the same moment, as on two instances (or one instance's timer
 * and another's); after every pair, no case and no officer of the service area may hold two open offers.
 */
public final class ConcurrentOfferRounds {

    private ConcurrentOfferRounds() {
    }

    /** Runs {@code pairs} pairs of rounds, each pair after the last pair's offers lapsed (offer-timeout 120 s). */
    public static void runAndCheck(JdbcClient db, String area, CaseOffers one, CaseOffers other, Instant start,
                                   int pairs) throws Exception {
        ExecutorService rounds = Executors.newFixedThreadPool(2);
        try {
            for (int pair = 0; pair < pairs; pair++) {
                Instant at = start.plusSeconds(121L * pair);
                CyclicBarrier together = new CyclicBarrier(2);
                for (Future<Integer> round : rounds.invokeAll(List.of(at(together, one, at), at(together, other, at)))) {
                    round.get();
                }
                assertThat(mostOpenOffersPer(db, area, "case_id")).as("open offers of one case").isEqualTo(1);
                assertThat(mostOpenOffersPer(db, area, "officer")).as("open offers to one officer").isEqualTo(1);
            }
        } finally {
            rounds.shutdownNow();
        }
    }

    private static Callable<Integer> at(CyclicBarrier together, CaseOffers offers, Instant at) {
        return () -> {
            together.await();
            return offers.offerRound(at);
        };
    }

    private static long mostOpenOffersPer(JdbcClient db, String area, String column) {
        return db.sql("select coalesce(max(n), 0) from (select count(*) n from case_offer o join cases c on "
                        + "c.id = o.case_id where o.status = 'OFFERED' and c.service_area = :a group by o." + column
                        + ") open_offers")
                .param("a", area).query(Long.class).single();
    }
}
