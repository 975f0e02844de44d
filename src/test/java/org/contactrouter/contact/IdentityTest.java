package org.contactrouter.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityTest {

    @Test
    void emailAddressesAreComparedWithoutCase() {
        assertThat(Identity.email(" Jo.Bloggs@Example.COM ")).isEqualTo(Identity.email("jo.bloggs@example.com"));
    }

    @Test
    void socialHandlesLoseTheirAtSign() {
        assertThat(Identity.social("Twitter", "@CouncilFan")).isEqualTo(new Identity("twitter", "councilfan"));
    }

    @Test
    void logsNeverShowPersonalDataInFull() {
        assertThat(Identity.email("jo.bloggs@example.com").toString()).isEqualTo("email:j***@example.com");
        assertThat(Identity.phone("+447700900123").toString()).isEqualTo("phone:**********123");
        assertThat(Identity.social("twitter", "councilfan").toString()).isEqualTo("twitter:c***");
    }
}
