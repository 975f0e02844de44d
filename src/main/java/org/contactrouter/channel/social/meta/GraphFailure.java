package org.contactrouter.channel.social.meta;

import java.util.Optional;
import java.util.Set;

import org.contactrouter.channel.social.ChannelHealth;
import org.contactrouter.channel.social.RateLimits;

import tools.jackson.databind.JsonNode;

/**
 * An error answer from the Graph API ({@code {"error": {"message", "type", "code", "error_subcode"}}}) and what it
 * means for the channel: some errors are about the connection (token, permission, rate limit, outage) and change
 * its health; the rest refuse only the one message.
 */
record GraphFailure(int status, int code, int subcode, String message) {

    /** Error 190: the access token expired, was revoked or is not a valid token. */
    static final int INVALID_TOKEN = 190;
    /** Application (4), user (17), page (32) and custom (613) rate limits. */
    static final Set<Integer> RATE_LIMITS = Set.of(4, 17, 32, 613);
    /** Error 10 is a missing permission, except with this subcode: the message is outside the 24-hour window. */
    static final int PERMISSION = 10;
    static final int OUTSIDE_WINDOW = 2018278;

    static GraphFailure of(int status, JsonNode body) {
        JsonNode error = body.path("error");
        return new GraphFailure(status, error.path("code").asInt(0), error.path("error_subcode").asInt(0),
                error.path("message").asString("").trim());
    }

    /** The health this failure puts the channel in, or empty when it refuses only the message that was sent. */
    Optional<ChannelHealth> health(RateLimits rateLimits) {
        if (status == 429 || RATE_LIMITS.contains(code)) {
            // Graph gives no reset time in a form we read: wait the default pause before calling again.
            return Optional.of(rateLimits.exceeded(null, describe() + ": waiting before calling again"));
        }
        if (code == INVALID_TOKEN || status == 401) {
            return Optional.of(ChannelHealth.unauthorised(describe() + ": make a new page access token and set"
                    + " CCR_META_PAGE_ACCESS_TOKEN"));
        }
        if ((code == PERMISSION && subcode != OUTSIDE_WINDOW) || (code >= 200 && code < 300) || status == 403) {
            return Optional.of(ChannelHealth.accessDenied(describe() + ": the app needs the pages_messaging"
                    + " (Instagram: instagram_manage_messages) permission for the Page"));
        }
        if (status >= 500) {
            return Optional.of(ChannelHealth.down(describe()));
        }
        return Optional.empty();
    }

    /** "Meta Graph HTTP 400 error 10/2018278: ..." */
    String describe() {
        StringBuilder text = new StringBuilder("Meta Graph HTTP ").append(status);
        if (code != 0) {
            text.append(" error ").append(code);
            if (subcode != 0) {
                text.append('/').append(subcode);
            }
        }
        return message.isEmpty() ? text.toString() : text.append(": ").append(message).toString();
    }
}
