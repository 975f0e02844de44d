package org.contactrouter.channel.social.bluesky;

import java.util.Objects;

/**
 * How to reach the council's Bluesky account. The app password comes from the environment, never from files in the
 * repository.
 *
 * @param baseUrl               the account's PDS or entryway (default {@value #DEFAULT_BASE_URL})
 * @param identifier            the account's handle (e.g. council.bsky.social) or DID
 * @param appPassword           an app password created for this service, not the account password
 * @param pageSize              notifications per request (1 to 100)
 * @param maxPages              upper bound of requests per poll
 * @param rateLimitLowWatermark back off until the reset when fewer calls than this remain
 */
public record BlueskySettings(
        String baseUrl,
        String identifier,
        String appPassword,
        int pageSize,
        int maxPages,
        int rateLimitLowWatermark) {

    public static final String DEFAULT_BASE_URL = "https://bsky.social";

    public BlueskySettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.replaceAll("/+$", "");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(appPassword, "appPassword");
        if (pageSize < 1 || pageSize > 100 || maxPages < 1 || rateLimitLowWatermark < 0) {
            throw new IllegalArgumentException("pageSize must be 1..100, maxPages positive, the low watermark not negative");
        }
    }
}
