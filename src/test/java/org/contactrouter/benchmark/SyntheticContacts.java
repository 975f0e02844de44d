package org.contactrouter.benchmark;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;

/** Contacts as the channels produce them, spread over the four channels, each from a different citizen. */
final class SyntheticContacts {

    private static final Channel[] CHANNELS = Channel.values();
    private static final String[] MESSAGES = {
        "My bin was not collected on Tuesday, could someone come back for it please?",
        "There is a deep pothole outside number 12 on the high street, it damaged my tyre.",
        "The street light at the end of our road has been flickering for a week.",
        "I would like to ask about a refund of my council tax after moving house.",
    };

    private static final AtomicLong PHONE_NUMBERS = new AtomicLong();

    private SyntheticContacts() {
    }

    static Channel channel(int n) {
        return CHANNELS[n % CHANNELS.length];
    }

    /** The n-th contact of a run; {@code run} keeps channel message ids unique across runs. */
    static Contact contact(String run, int n, Instant receivedAt) {
        Channel channel = channel(n);
        String id = run + "-" + n;
        Identity identity = switch (channel) {
            case PHONE -> Identity.phone("+447" + (700_000_000L + PHONE_NUMBERS.incrementAndGet()));
            case SOCIAL -> Identity.social("bluesky", "citizen-" + id + ".bsky.social");
            default -> Identity.email("citizen-" + id + "@example.org");
        };
        return Contact.builder(channel, "benchmark", id, receivedAt)
                .sender(Sender.of("Citizen " + n, identity))
                .subject(channel == Channel.EMAIL ? "Enquiry " + n : null)
                .body(MESSAGES[n % MESSAGES.length])
                .build();
    }
}
