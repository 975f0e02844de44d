package org.contactrouter.channel.social.meta;

import java.util.Objects;

/**
 * How to reach the council's Facebook Page (and the Instagram account linked to it) through the Meta Graph API. The
 * three secrets come from the environment, never from files in the repository.
 *
 * @param graphBaseUrl    the Graph API (default {@value #DEFAULT_GRAPH_BASE_URL}); a local server in tests
 * @param apiVersion      the Graph API version called, e.g. v21.0
 * @param appSecret       the Meta app's secret: webhook bodies are signed with it
 * @param verifyToken     the token typed into the app's webhook settings, echoed back in the subscription handshake
 * @param pageAccessToken the Page's access token with pages_messaging (and instagram_manage_messages)
 */
public record MetaSettings(String graphBaseUrl, String apiVersion, String appSecret, String verifyToken,
                           String pageAccessToken) {

    public static final String DEFAULT_GRAPH_BASE_URL = "https://graph.facebook.com";

    public MetaSettings {
        graphBaseUrl = graphBaseUrl == null || graphBaseUrl.isBlank() ? DEFAULT_GRAPH_BASE_URL
                : graphBaseUrl.replaceAll("/+$", "");
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(appSecret, "appSecret");
        Objects.requireNonNull(verifyToken, "verifyToken");
        Objects.requireNonNull(pageAccessToken, "pageAccessToken");
        if (!apiVersion.matches("v\\d+\\.\\d+")) {
            throw new IllegalArgumentException("the Graph API version looks like v21.0, not '" + apiVersion + "'");
        }
    }

    /** Where a Graph path such as {@code me/messages} is called. */
    String endpoint(String path) {
        return graphBaseUrl + "/" + apiVersion + "/" + path;
    }
}
