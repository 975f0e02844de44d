package org.contactrouter.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LeaseTermsTest {

    static final Instant CLAIMED = Instant.parse("2026-03-02T10:00:00Z");
    final LeaseTerms terms = new LeaseTerms(Duration.ofSeconds(15), Duration.ofSeconds(5));

    @Test
    void aClaimHoldsTheLeaseForTheDurationAndItsHolderStopsOneRenewalEarlier() {
        assertThat(terms.expiryOf(CLAIMED)).isEqualTo(CLAIMED.plusSeconds(15));
        assertThat(terms.trustedUntil(CLAIMED)).isEqualTo(CLAIMED.plusSeconds(10))
                .as("the holder has stopped before anyone else may take the lease")
                .isBefore(terms.expiryOf(CLAIMED));
    }

    @Test
    void theWorkOfAnInstanceThatDiesMovesOnWithinOneLeaseAndOneRenewal() {
        assertThat(terms.longestFailover()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aLeaseShorterThanThreeRenewalsIsRefusedNamingBothSettings() {
        assertThat(new LeaseTerms(Duration.ofSeconds(3), Duration.ofSeconds(1)).duration()).hasSeconds(3);
        assertThatThrownBy(() -> new LeaseTerms(Duration.ofMillis(2999), Duration.ofSeconds(1)))
                .hasMessageContaining("ccr.cluster.lease-duration")
                .hasMessageContaining("ccr.cluster.renew-interval");
    }

    @Test
    void theRenewIntervalMustBePositive() {
        assertThatThrownBy(() -> new LeaseTerms(Duration.ofSeconds(15), Duration.ZERO))
                .hasMessageContaining("ccr.cluster.renew-interval must be positive");
    }
}
