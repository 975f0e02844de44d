package org.contactrouter.channel.social.twitter;

import java.util.Objects;

/**
 * How to reach the council's X account. Credentials come from the environment, never from files in the repository.
 *
 * @param restBaseUrl         v1.1 REST base, ending in '/' (default {@value #DEFAULT_REST_BASE_URL})
 * @param consumerKey         OAuth 1.0a app key
 * @param consumerSecret      OAuth 1.0a app secret
 * @param accessToken         user-context access token of the council account
 * @param accessTokenSecret   its secret
 * @param accountHandle       the council's handle, to skip the direct messages the account sent itself
 * @param directMessages      whether to poll direct messages (needs a plan that includes them)
 * @param pageSize            statuses or messages per request (X allows at most 200 mentions, 50 messages)
 * @param maxPages            upper bound of requests per poll and stream, to stay inside the rate limit
 * @param rateLimitLowWatermark back off until the reset when fewer calls than this remain
 */
public record TwitterSettings(
        String restBaseUrl,
        String consumerKey,
        String consumerSecret,
        String accessToken,
        String accessTokenSecret,
        String accountHandle,
        boolean directMessages,
        int pageSize,
        int maxPages,
        int rateLimitLowWatermark) {

    public static final String DEFAULT_REST_BASE_URL = "https://api.twitter.com/1.1/";

    public TwitterSettings {
        restBaseUrl = restBaseUrl == null || restBaseUrl.isBlank() ? DEFAULT_REST_BASE_URL : restBaseUrl;
        // twitter4j appends resource paths directly to the base URL.
        restBaseUrl = restBaseUrl.endsWith("/") ? restBaseUrl : restBaseUrl + "/";
        Objects.requireNonNull(accountHandle, "accountHandle");
        if (pageSize < 1 || maxPages < 1 || rateLimitLowWatermark < 0) {
            throw new IllegalArgumentException("pageSize and maxPages must be positive, the low watermark not negative");
        }
    }
}
