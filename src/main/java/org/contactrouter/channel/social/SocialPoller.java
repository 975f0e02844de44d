package org.contactrouter.channel.social;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.contactrouter.contact.Contact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one network: skips while rate-limited, hands every new contact to the sink, then saves the cursor. The cursor
 * is saved only after the sink accepted every contact, so a crash or a sink failure re-polls the same messages
 * (intake de-duplicates by channel message id) and nothing is lost. Meant to be called from one timer thread.
 */
public class SocialPoller {

    private static final Logger log = LoggerFactory.getLogger(SocialPoller.class);

    private final SocialNetwork network;
    private final CheckpointStore checkpoints;
    private final ContactSink sink;
    private final Clock clock;
    private final String checkpointKey;
    private volatile ChannelHealth health = ChannelHealth.up();

    public SocialPoller(SocialNetwork network, CheckpointStore checkpoints, ContactSink sink, Clock clock) {
        this.network = Objects.requireNonNull(network, "network");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.checkpointKey = checkpointKey(network.name());
    }

    /** The key under which a network's cursor is stored. */
    public static String checkpointKey(String networkName) {
        return "social." + networkName;
    }

    /**
     * Runs one poll.
     *
     * @throws Exception whatever the sink threw; the checkpoint is then left where it was
     */
    public PollOutcome pollOnce() throws Exception {
        ChannelHealth current = health;
        if (current.blocksCallsAt(clock.instant())) {
            return new PollOutcome(false, 0, current);
        }
        String cursor = checkpoints.load(checkpointKey).orElse(null);
        PollResult result;
        try {
            result = network.poll(cursor);
        } catch (SocialNetworkException e) {
            health = e.health();
            log.warn("{} poll failed: {}", network.name(), e.getMessage());
            return new PollOutcome(true, 0, health);
        }
        for (Contact contact : result.contacts()) {
            sink.accept(contact);
        }
        if (result.nextCursor() != null && !result.nextCursor().equals(cursor)) {
            checkpoints.save(checkpointKey, result.nextCursor());
        }
        health = result.health();
        return new PollOutcome(true, result.contacts().size(), health);
    }

    /**
     * Records the state a call outside polling (a reply) found the network in: the health indicator shows it at once,
     * and a rate limit holds the next polls back too. The next successful poll replaces it.
     */
    public void report(ChannelHealth observed) {
        health = Objects.requireNonNull(observed, "observed");
    }

    /** The state after the last poll or reported call, for the health indicator and supervisor view. */
    public ChannelHealth health() {
        return health;
    }

    public String networkName() {
        return network.name();
    }

    /** The saved cursor, for diagnostics. */
    public Optional<String> checkpoint() {
        return checkpoints.load(checkpointKey);
    }
}
