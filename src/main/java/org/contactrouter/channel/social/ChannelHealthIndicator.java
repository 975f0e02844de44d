package org.contactrouter.channel.social;

import java.util.function.Supplier;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * One polled channel's {@link ChannelHealth} (a social network, Notify's received texts) on /actuator/health, so
 * that an outage never looks like a quiet day. Refused credentials or API access (X error 453) are OUT_OF_SERVICE:
 * polling cannot recover until someone acts. A channel that fails is DOWN. A rate limit is UP with its state and
 * end: polling resumes by itself at the reset.
 */
public class ChannelHealthIndicator implements HealthIndicator {

    private final Supplier<ChannelHealth> current;

    /** @param current the channel's state now, e.g. its poller's health */
    public ChannelHealthIndicator(Supplier<ChannelHealth> current) {
        this.current = current;
    }

    @Override
    public Health health() {
        ChannelHealth channel = current.get();
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
