package org.contactrouter.channel.social;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.contactrouter.intake.ContactGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link SocialPoller} per enabled network, feeding the durable social queue; routes/social.yaml calls
 * {@link #pollOnce(String)} from each network's timer. The sink is {@link ContactGateway#submit}, which returns only
 * once the broker has the contact, so the poller saves its checkpoint only after every contact is safe.
 */
public class SocialPolling {

    private static final Logger log = LoggerFactory.getLogger(SocialPolling.class);

    private final Map<String, SocialPoller> pollers;

    public SocialPolling(List<SocialNetwork> networks, CheckpointStore checkpoints, ContactGateway gateway,
                         Clock clock) {
        this.pollers = networks.stream()
                .map(network -> new SocialPoller(network, checkpoints, gateway::submit, clock))
                .collect(Collectors.toUnmodifiableMap(SocialPoller::networkName, Function.identity()));
    }

    /**
     * Polls one network. A failure of the network is not thrown: it becomes the network's health. A failure to
     * queue a contact is thrown, so the route logs it, and the next poll fetches the same messages again.
     */
    public void pollOnce(String network) throws Exception {
        SocialPoller poller = poller(network)
                .orElseThrow(() -> new IllegalStateException("social network '" + network + "' is not enabled"));
        PollOutcome outcome = poller.pollOnce();
        if (outcome.delivered() > 0) {
            log.info("{}: {} new contacts queued", network, outcome.delivered());
        }
    }

    /** Records the health a reply found a network in (see {@link SocialPoller#report}); unknown networks are ignored. */
    public void report(String network, ChannelHealth observed) {
        poller(network).ifPresent(poller -> poller.report(observed));
    }

    /** Each enabled network's health, by name: what the health endpoint and the supervisor dashboard show. */
    public Map<String, ChannelHealth> health() {
        return new TreeMap<>(pollers.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().health())));
    }

    public Optional<SocialPoller> poller(String network) {
        return Optional.ofNullable(pollers.get(network));
    }
}
