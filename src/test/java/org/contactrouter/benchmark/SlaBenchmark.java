package org.contactrouter.benchmark;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.intake.IntakeService;
import tools.jackson.databind.JsonNode;

/**
 * (d) Time from a deadline to its breach event on the case-events topic, while the database holds the seeded
 * open clocks. Probe phone cases (call back within one working day) are opened through intake as if the call came
 * in a working day ago less a few seconds, so their deadlines fall due a few seconds later, a fifth of a second
 * apart, and the scanners (every 250 ms) must find them among all the other clocks.
 */
final class SlaBenchmark {

    private final IntakeService intake;
    private final CaseEventWatch watch;
    private final Clock clock;

    SlaBenchmark(IntakeService intake, CaseEventWatch watch, Clock clock) {
        this.intake = intake;
        this.watch = watch;
        this.clock = clock;
    }

    /** @return deadline-to-event latencies of the probes */
    Latencies run(int probes) throws Exception {
        List<String> references = new ArrayList<>();
        Instant firstDeadline = clock.instant().plusSeconds(3);
        for (int p = 0; p < probes; p++) {
            Instant due = firstDeadline.plus(Duration.ofMillis(200L * p));
            // One working day before a Tuesday-to-Friday working moment is the same time the day before.
            Contact call = Contact.builder(Channel.PHONE, "benchmark", "sla-probe-" + p, due.minus(Duration.ofDays(1)))
                    .sender(Sender.of("Probe " + p, Identity.phone("+4479" + (10_000_000 + p))))
                    .body("Please call me back about my missed bin")
                    .build();
            references.add(intake.accept(call).reference());
        }
        // Pairs the monotonic arrival times with the application's clock.
        long referenceNanos = System.nanoTime();
        Instant referenceInstant = clock.instant();
        Latencies latencies = new Latencies();
        for (String reference : references) {
            String key = "alert:SLA_BREACH " + reference;
            JsonNode breach = watch.future(key).get(60, TimeUnit.SECONDS);
            Instant arrived = referenceInstant.plusNanos(watch.arrivedAtNanos(key) - referenceNanos);
            Instant deadline = Instant.parse(breach.get("dueAt").asString());
            latencies.record(Duration.between(deadline, arrived).toNanos());
        }
        return latencies;
    }
}
