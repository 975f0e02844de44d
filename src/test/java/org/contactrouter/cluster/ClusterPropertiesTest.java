package org.contactrouter.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ClusterPropertiesTest {

    static final Duration LEASE = Duration.ofSeconds(15);
    static final Duration RENEW = Duration.ofSeconds(5);

    @Test
    void withoutAnInstanceIdEachStartIsADifferentHolder() {
        String first = new ClusterProperties(LEASE, RENEW, "").instanceId();
        String second = new ClusterProperties(LEASE, RENEW, null).instanceId();
        assertThat(first).isNotBlank().isNotEqualTo(second);
    }

    @Test
    void aConfiguredInstanceIdIsKept() {
        assertThat(new ClusterProperties(LEASE, RENEW, "app-1").instanceId()).isEqualTo("app-1");
    }

    @Test
    void anInstanceIdTooLongForTheLeaseTableIsRefused() {
        assertThatThrownBy(() -> new ClusterProperties(LEASE, RENEW, "x".repeat(201)))
                .hasMessageContaining("ccr.cluster.instance-id");
    }

    @Test
    void durationsThatDoNotFitTogetherAreRefused() {
        assertThatThrownBy(() -> new ClusterProperties(RENEW, LEASE, "app-1"))
                .hasMessageContaining("ccr.cluster.lease-duration");
    }
}
