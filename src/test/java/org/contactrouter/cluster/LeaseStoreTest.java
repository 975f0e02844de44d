package org.contactrouter.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.contactrouter.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The conditional claims on the lease table (H2 here; PostgreSQL through {@code ScaleOutTest}). */
class LeaseStoreTest extends ApplicationTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Autowired
    LeaseStore store;

    final String lease = "test-" + UUID.randomUUID();

    @Test
    void theFirstClaimTakesTheLeaseAndOthersAreRefusedUntilItExpires() {
        assertThat(store.claim(lease, "a", NOW, NOW.plusSeconds(15))).isTrue();
        assertThat(store.claim(lease, "b", NOW.plusSeconds(5), NOW.plusSeconds(20))).isFalse();
        assertThat(store.claim(lease, "a", NOW.plusSeconds(5), NOW.plusSeconds(20))).as("renewed").isTrue();
        assertThat(store.claim(lease, "b", NOW.plusSeconds(19), NOW.plusSeconds(34))).isFalse();

        assertThat(store.claim(lease, "b", NOW.plusSeconds(20), NOW.plusSeconds(35))).as("expired: taken").isTrue();
        assertThat(store.claim(lease, "a", NOW.plusSeconds(21), NOW.plusSeconds(36))).isFalse();
        assertThat(holder()).isEqualTo("b");
    }

    @Test
    void aReleasedLeaseCanBeTakenAtOnceButOnlyItsHolderReleasesIt() {
        store.claim(lease, "a", NOW, NOW.plusSeconds(15));
        store.release(lease, "b", NOW.plusSeconds(1));
        assertThat(store.claim(lease, "b", NOW.plusSeconds(1), NOW.plusSeconds(16))).isFalse();

        store.release(lease, "a", NOW.plusSeconds(1));
        assertThat(store.claim(lease, "b", NOW.plusSeconds(1), NOW.plusSeconds(16))).isTrue();
    }

    private String holder() {
        return jdbc.sql("select holder from cluster_lease where name = :n").param("n", lease).query(String.class)
                .single();
    }
}
