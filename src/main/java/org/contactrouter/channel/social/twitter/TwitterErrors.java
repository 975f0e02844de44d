package org.contactrouter.channel.social.twitter;

import org.contactrouter.channel.social.ChannelHealth;
import org.contactrouter.channel.social.RateLimits;
import org.contactrouter.channel.social.SocialNetworkException;

import twitter4j.TwitterException;

/** Maps twitter4j failures to channel health states. */
final class TwitterErrors {

    /** X's error code (in a 403 body, or as the HTTP status) for "this endpoint is not available on your plan". */
    static final int NOT_ON_PLAN = 453;

    private TwitterErrors() {
    }

    static SocialNetworkException translate(TwitterException e, RateLimits rateLimits) {
        String message = describe(e);
        int status = e.getStatusCode();
        ChannelHealth health;
        if (status == 429 || e.getErrorCode() == 88) {
            health = rateLimits.exceeded(e.getResponseHeader("x-rate-limit-reset"), message);
        } else if (status == NOT_ON_PLAN || e.getErrorCode() == NOT_ON_PLAN || status == 403) {
            health = ChannelHealth.accessDenied(message);
        } else if (status == 401) {
            health = ChannelHealth.unauthorised(message);
        } else {
            health = ChannelHealth.down(message);
        }
        return new SocialNetworkException(health, e);
    }

    private static String describe(TwitterException e) {
        String detail = e.isErrorMessageAvailable() ? e.getErrorMessage() : null;
        if (detail == null && e.getStatusCode() < 0) {
            detail = e.isCausedByNetworkIssue() ? "network error: " + e.getCause() : e.getMessage();
        }
        StringBuilder text = new StringBuilder("X API");
        if (e.getStatusCode() > 0) {
            text.append(" HTTP ").append(e.getStatusCode());
        }
        if (e.getErrorCode() > 0) {
            text.append(" error ").append(e.getErrorCode());
        }
        return detail == null ? text.toString() : text.append(": ").append(detail).toString();
    }
}
