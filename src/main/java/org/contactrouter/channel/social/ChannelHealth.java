package org.contactrouter.channel.social;

import java.time.Instant;
import java.util.Objects;

/**
 * What a social network connection looks like right now, for the health indicator and the supervisor view. A failed
 * poll always produces a state other than {@link State#UP}, so an outage never looks like a quiet day.
 *
 * @param state   the kind of state
 * @param until   for {@link State#RATE_LIMITED}, when the network lets us call again; null otherwise
 * @param message what went wrong in words a supervisor can act on; null when up
 */
public record ChannelHealth(State state, Instant until, String message) {

    /** The states a network connection can be in. */
    public enum State {
        /** The last call worked. */
        UP,
        /** The network asked us to wait; no calls are made before {@link ChannelHealth#until()}. */
        RATE_LIMITED,
        /** The account or API plan does not allow this call (X error 453, HTTP 403): needs a plan or app change. */
        ACCESS_DENIED,
        /** Credentials were refused or revoked (HTTP 401): needs new tokens or a new app password. */
        UNAUTHORISED,
        /** The network could not be reached or failed (HTTP 5xx, timeouts, unreadable answers). */
        DOWN
    }

    private static final ChannelHealth UP_STATE = new ChannelHealth(State.UP, null, null);

    public ChannelHealth {
        Objects.requireNonNull(state, "state");
        if (state == State.RATE_LIMITED) {
            Objects.requireNonNull(until, "a rate limit needs the instant it ends");
        }
    }

    public static ChannelHealth up() {
        return UP_STATE;
    }

    public static ChannelHealth rateLimited(Instant until, String message) {
        return new ChannelHealth(State.RATE_LIMITED, until, message);
    }

    public static ChannelHealth accessDenied(String message) {
        return new ChannelHealth(State.ACCESS_DENIED, null, message);
    }

    public static ChannelHealth unauthorised(String message) {
        return new ChannelHealth(State.UNAUTHORISED, null, message);
    }

    public static ChannelHealth down(String message) {
        return new ChannelHealth(State.DOWN, null, message);
    }

    public boolean isUp() {
        return state == State.UP;
    }

    /** True while a rate limit forbids calling the network at {@code now}. */
    public boolean blocksCallsAt(Instant now) {
        return state == State.RATE_LIMITED && now.isBefore(until);
    }
}
