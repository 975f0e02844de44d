package org.contactrouter.channel.social;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns the rate-limit headers networks send (X: {@code x-rate-limit-*}, Bluesky: {@code ratelimit-*}, both with the
 * reset as epoch seconds) into a health state.
 */
public final class RateLimits {

    /** Used when a 429 arrives without a readable reset time: X and Bluesky windows are 15 and 5 minutes. */
    static final Duration DEFAULT_BACK_OFF = Duration.ofMinutes(15);

    private final int lowWatermark;
    private final Clock clock;

    /**
     * @param lowWatermark back off when fewer calls than this remain; one poll may need several calls (pages)
     */
    public RateLimits(int lowWatermark, Clock clock) {
        this.lowWatermark = lowWatermark;
        this.clock = clock;
    }

    /** The state after a 429: limited until the reset header, or a default pause when it is missing. */
    public ChannelHealth exceeded(String resetHeader, String message) {
        Instant until = parseReset(resetHeader);
        if (until == null || !until.isAfter(clock.instant())) {
            until = clock.instant().plus(DEFAULT_BACK_OFF);
        }
        return ChannelHealth.rateLimited(until, message);
    }

    /** The state after a successful call: up, or limited when the remaining allowance has run low. */
    public ChannelHealth afterSuccess(String remainingHeader, String resetHeader) {
        return afterSuccess(parseInt(remainingHeader), parseReset(resetHeader));
    }

    /** As {@link #afterSuccess(String, String)} for libraries that parse the headers; nulls mean "not sent". */
    public ChannelHealth afterSuccess(Integer remaining, Instant reset) {
        if (remaining == null || reset == null || remaining >= lowWatermark || !reset.isAfter(clock.instant())) {
            return ChannelHealth.up();
        }
        return ChannelHealth.rateLimited(reset, "only " + remaining + " calls left until " + reset);
    }

    /** The more restrictive of two states seen during one poll: a rate limit wins, the later reset wins. */
    public static ChannelHealth stricter(ChannelHealth a, ChannelHealth b) {
        if (!b.blocksCallsAt(Instant.MIN)) {
            return a;
        }
        return a.blocksCallsAt(Instant.MIN) && a.until().isAfter(b.until()) ? a : b;
    }

    private static Instant parseReset(String epochSeconds) {
        try {
            return epochSeconds == null ? null : Instant.ofEpochSecond(Long.parseLong(epochSeconds.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer parseInt(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
