package org.contactrouter.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.intake.IntakeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Prometheus metrics: gauges from the database, intake counted, and the time-to-acknowledge histogram. */
class SupervisionMetricsTest extends SupervisionApplicationTest {

    @Autowired
    SupervisionMetrics metrics;
    @Autowired
    MeterRegistry registry;
    @Autowired
    IntakeService intake;

    @Test
    void gaugesCountersAndHistogramsAreScraped() throws Exception {
        double webBefore = registry.counter("ccr.intake.contacts", "channel", "web").count();
        // A web submission is acknowledged on the spot: its acknowledgement is met as the case opens.
        intake.accept(Contact.builder(Channel.WEB, "form", UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of("Jo", Identity.email(UUID.randomUUID() + "@example.org"))).subject("Bins")
                .body("Missed").build());
        metrics.refresh();

        assertThat(registry.counter("ccr.intake.contacts", "channel", "web").count()).isEqualTo(webBefore + 1);
        assertThat(registry.get("ccr.queue.depth").tag("channel", "email").gauge().value())
                .isEqualTo(count("channel = 'EMAIL' and status = 'QUEUED'"));
        assertThat(registry.get("ccr.cases.open").tag("sla_state", "ON_TRACK").gauge().value())
                .isEqualTo(count("status <> 'CLOSED' and sla_state = 'ON_TRACK'"));
        String scrape = mvc.perform(get("/actuator/prometheus").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(scrape).contains("ccr_queue_depth{", "ccr_cases_open{", "ccr_intake_contacts_total{",
                "ccr_sla_time_to_acknowledge_seconds_bucket{");
    }

    private double count(String where) {
        return jdbc.sql("select count(*) from cases where " + where).query(Long.class).single();
    }
}
