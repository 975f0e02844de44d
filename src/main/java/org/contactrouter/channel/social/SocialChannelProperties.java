package org.contactrouter.channel.social;

import java.time.Duration;

import org.contactrouter.channel.social.bluesky.BlueskySettings;
import org.contactrouter.channel.social.meta.MetaSettings;
import org.contactrouter.channel.social.twitter.TwitterSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The social networks' settings ({@code ccr.channels.social} in config/application.yml). Every network is off until a
 * council turns it on; an enabled network with missing credentials stops the start with the environment variable to
 * set, because credentials are read from the environment (placeholders in application.yml), never from files.
 *
 * @param twitter X, polled through twitter4j and the v1.1 API
 * @param bluesky Bluesky, polled through its XRPC HTTP API
 * @param meta    Facebook Messenger and Instagram messages, by webhook and the Graph API's Send API
 */
@ConfigurationProperties("ccr.channels.social")
public record SocialChannelProperties(Twitter twitter, Bluesky bluesky, Meta meta) {

    static final String PREFIX = "ccr.channels.social.";

    public SocialChannelProperties {
        twitter = twitter == null ? Twitter.OFF : twitter;
        bluesky = bluesky == null ? Bluesky.OFF : bluesky;
        meta = meta == null ? Meta.OFF : meta;
    }

    /**
     * X settings; see {@link TwitterSettings} for the meaning of each.
     *
     * @param pollInterval time between polls; X allows 75 mention reads per 15 minutes
     */
    public record Twitter(boolean enabled, String restBaseUrl, String consumerKey, String consumerSecret,
                          String accessToken, String accessTokenSecret, String accountHandle, boolean directMessages,
                          int pageSize, int maxPages, int rateLimitLowWatermark, Duration pollInterval) {

        static final Twitter OFF = new Twitter(false, null, null, null, null, null, null, false, 0, 0, 0, null);

        public Twitter {
            if (enabled) {
                String key = PREFIX + "twitter.";
                requireSecret(consumerKey, key + "consumer-key", "CCR_TWITTER_CONSUMER_KEY");
                requireSecret(consumerSecret, key + "consumer-secret", "CCR_TWITTER_CONSUMER_SECRET");
                requireSecret(accessToken, key + "access-token", "CCR_TWITTER_ACCESS_TOKEN");
                requireSecret(accessTokenSecret, key + "access-token-secret", "CCR_TWITTER_ACCESS_TOKEN_SECRET");
                requireSecret(accountHandle, key + "account-handle", "CCR_TWITTER_ACCOUNT_HANDLE");
                requireRange(pageSize, 1, 200, key + "page-size");
                requireRange(maxPages, 1, 100, key + "max-pages");
                requirePositive(pollInterval, key + "poll-interval");
            }
        }

        public TwitterSettings settings() {
            return new TwitterSettings(restBaseUrl, consumerKey, consumerSecret, accessToken, accessTokenSecret,
                    accountHandle, directMessages, pageSize, maxPages, rateLimitLowWatermark);
        }
    }

    /**
     * Bluesky settings; see {@link BlueskySettings} for the meaning of each.
     *
     * @param pollInterval time between polls
     */
    public record Bluesky(boolean enabled, String baseUrl, String identifier, String appPassword, int pageSize,
                          int maxPages, int rateLimitLowWatermark, Duration pollInterval) {

        static final Bluesky OFF = new Bluesky(false, null, null, null, 0, 0, 0, null);

        public Bluesky {
            if (enabled) {
                String key = PREFIX + "bluesky.";
                requireSecret(identifier, key + "identifier", "CCR_BLUESKY_IDENTIFIER");
                requireSecret(appPassword, key + "app-password", "CCR_BLUESKY_APP_PASSWORD");
                requireRange(pageSize, 1, 100, key + "page-size");
                requireRange(maxPages, 1, 100, key + "max-pages");
                requirePositive(pollInterval, key + "poll-interval");
            }
        }

        public BlueskySettings settings() {
            return new BlueskySettings(baseUrl, identifier, appPassword, pageSize, maxPages, rateLimitLowWatermark);
        }
    }

    /**
     * Meta settings; see {@link MetaSettings} for the meaning of each.
     *
     * @param healthCheckInterval time between checks of the page access token (messages come by webhook)
     */
    public record Meta(boolean enabled, String graphBaseUrl, String apiVersion, String appSecret, String verifyToken,
                       String pageAccessToken, Duration healthCheckInterval) {

        static final Meta OFF = new Meta(false, null, null, null, null, null, null);

        public Meta {
            if (enabled) {
                String key = PREFIX + "meta.";
                requireSecret(appSecret, key + "app-secret", "CCR_META_APP_SECRET");
                requireSecret(verifyToken, key + "verify-token", "CCR_META_VERIFY_TOKEN");
                requireSecret(pageAccessToken, key + "page-access-token", "CCR_META_PAGE_ACCESS_TOKEN");
                requirePositive(healthCheckInterval, key + "health-check-interval");
            }
        }

        public MetaSettings settings() {
            return new MetaSettings(graphBaseUrl, apiVersion, appSecret, verifyToken, pageAccessToken);
        }
    }

    private static void requireSecret(String value, String key, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is empty: set the environment variable " + variable);
        }
    }

    private static void requireRange(int value, int min, int max, String key) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", not " + value);
        }
    }

    private static void requirePositive(Duration value, String key) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(key + " must be a positive duration such as 60s");
        }
    }
}
