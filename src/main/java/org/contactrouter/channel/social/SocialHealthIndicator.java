package org.contactrouter.channel.social;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * One network's {@link ChannelHealth} on /actuator/health, so that an outage never looks like a quiet day. Refused
 * credentials or API access (X error 453) are OUT_OF_SERVICE: polling cannot recover until someone acts. A network
 * that fails is DOWN. A rate limit is UP with its state and end: polling resumes by itself at the reset.
 */
public class SocialHealthIndicator implements HealthIndicator {

    private final SocialPoller poller;

    public SocialHealthIndicator(SocialPoller poller) {
        this.poller = poller;
    }

    @Override
    public Health health() {
        ChannelHealth channel = poller.health();
        Health.Builder health = switch (channel.state()) {
            case UP, RATE_LIMITED -> Health.up();
            case ACCESS_DENIED, UNAUTHORISED -> Health.outOfService();
            case DOWN -> Health.down();
        };
        health.withDetail("state", channel.state().name());
        if (channel.message() != null) {
            health.withDetail("message", channel.message());
        }
        if (channel.until() != null) {
            health.withDetail("until", channel.until().toString());
        }
        return health.build();
    }
}
