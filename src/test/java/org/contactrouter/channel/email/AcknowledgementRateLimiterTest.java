package org.contactrouter.channel.email;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AcknowledgementRateLimiterTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final AcknowledgementRateLimiter limiter = new AcknowledgementRateLimiter(3, Duration.ofHours(1), clock);

    @Test
    void allowsUpToTheLimitPerSenderInAnyHour() {
        assertThat(limiter.tryAcquire("jo@example.org")).isTrue();
        clock.advance(Duration.ofMinutes(10));
        assertThat(limiter.tryAcquire("JO@example.org")).isTrue();
        clock.advance(Duration.ofMinutes(10));
        assertThat(limiter.tryAcquire(" jo@example.org ")).isTrue();
        assertThat(limiter.tryAcquire("jo@example.org")).isFalse();
        assertThat(limiter.tryAcquire("someone.else@example.org")).isTrue();

        clock.advance(Duration.ofMinutes(40)); // the first acknowledgement is now an hour old
        assertThat(limiter.tryAcquire("jo@example.org")).isTrue();
        assertThat(limiter.tryAcquire("jo@example.org")).isFalse();
    }

    @Test
    void refusedAttemptsDoNotExtendTheBlock() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("loop@example.org");
        }
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofMinutes(1));
            limiter.tryAcquire("loop@example.org");
        }
        clock.advance(Duration.ofMinutes(11));

        assertThat(limiter.tryAcquire("loop@example.org")).isTrue();
    }

    @Test
    void forgetsIdleSenders() {
        limiter.tryAcquire("a@example.org");
        limiter.tryAcquire("b@example.org");
        assertThat(limiter.trackedSenders()).isEqualTo(2);

        clock.advance(Duration.ofHours(2));
        limiter.tryAcquire("c@example.org");

        assertThat(limiter.trackedSenders()).isEqualTo(1);
    }
}
