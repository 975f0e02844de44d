package org.contactrouter.channel.social;

import java.util.Objects;

/**
 * A call to a social network failed. Carries the health state the failure puts the channel in, so callers report it
 * rather than treating the failure as "no new messages".
 */
public class SocialNetworkException extends Exception {

    private final transient ChannelHealth health;

    public SocialNetworkException(ChannelHealth health, Throwable cause) {
        super(health.state() + ": " + health.message(), cause);
        this.health = Objects.requireNonNull(health, "health");
    }

    public SocialNetworkException(ChannelHealth health) {
        this(health, null);
    }

    public ChannelHealth health() {
        return health;
    }
}
