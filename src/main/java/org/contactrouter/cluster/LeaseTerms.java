package org.contactrouter.cluster;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a lease lasts and how often its holder renews it, and what follows for one claim.
 *
 * <p>Other instances may take a lease once the expiry its holder wrote has passed. The holder stops trusting its
 * claim one renewal interval earlier, so that its work has stopped before anyone else can start it (with clocks
 * in step to well within that interval). A lease of at least three renewals lets a holder miss one renewal, say
 * during a database hiccup, without losing it.
 *
 * @param duration      how long a claim holds the lease ({@code ccr.cluster.lease-duration})
 * @param renewInterval how often the holder claims it again and others try to take it
 *                      ({@code ccr.cluster.renew-interval})
 */
public record LeaseTerms(Duration duration, Duration renewInterval) {

    static final int MIN_RENEWALS_PER_LEASE = 3;

    public LeaseTerms {
        if (renewInterval == null || renewInterval.isNegative() || renewInterval.isZero()) {
            throw new IllegalArgumentException("ccr.cluster.renew-interval must be positive, e.g. 5s");
        }
        if (duration == null || duration.compareTo(renewInterval.multipliedBy(MIN_RENEWALS_PER_LEASE)) < 0) {
            throw new IllegalArgumentException("ccr.cluster.lease-duration (" + duration + ") must be at least "
                    + MIN_RENEWALS_PER_LEASE + " times ccr.cluster.renew-interval (" + renewInterval
                    + "), so that a holder can miss a renewal and keep its lease");
        }
    }

    /** The expiry written with a claim made at {@code claimedAt}. */
    public Instant expiryOf(Instant claimedAt) {
        return claimedAt.plus(duration);
    }

    /** Until when the holder may go on working on a claim made at {@code claimedAt} that it has not renewed. */
    public Instant trustedUntil(Instant claimedAt) {
        return expiryOf(claimedAt).minus(renewInterval);
    }

    /** The longest a lease stays with an instance that died without releasing it, until another takes it. */
    public Duration longestFailover() {
        return duration.plus(renewInterval);
    }
}
