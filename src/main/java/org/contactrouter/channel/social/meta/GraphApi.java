package org.contactrouter.channel.social.meta;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.contactrouter.channel.social.ChannelHealth;
import org.contactrouter.channel.social.JsonHttp;
import org.contactrouter.channel.social.RateLimits;
import org.contactrouter.channel.social.SocialNetworkException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two Graph API calls the channel makes with the page access token: checking the token, and the Send API. The
 * token goes in the Authorization header, never in an address that proxies log.
 */
final class GraphApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final JsonHttp http;
    private final MetaSettings settings;
    private final ObjectMapper json;
    private final RateLimits rateLimits;

    GraphApi(JsonHttp http, MetaSettings settings, ObjectMapper json, RateLimits rateLimits) {
        this.http = http;
        this.settings = settings;
        this.json = json;
        this.rateLimits = rateLimits;
    }

    /** Asks Graph who the token belongs to: a refused, rate-limited or unreachable Graph is thrown as its health. */
    void checkPageToken() throws SocialNetworkException {
        HttpResponse<String> response = http.send(request("me?fields=id").GET().build());
        if (response.statusCode() / 100 != 2) {
            GraphFailure failure = GraphFailure.of(response.statusCode(), http.parse(response));
            throw new SocialNetworkException(failure.health(rateLimits)
                    .orElseGet(() -> ChannelHealth.down(failure.describe())));
        }
    }

    /**
     * Sends a text message answering the citizen (messaging type RESPONSE: within the 24-hour window).
     *
     * @return Graph's message id
     * @throws IllegalArgumentException when Graph refused this message only (outside the window, person unavailable)
     */
    String sendMessage(String recipientId, String text) throws SocialNetworkException {
        ObjectNode body = json.createObjectNode().put("messaging_type", "RESPONSE");
        body.putObject("recipient").put("id", recipientId);
        body.putObject("message").put("text", text);
        HttpResponse<String> response = http.send(request("me/messages")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
        JsonNode answer = http.parse(response);
        if (response.statusCode() / 100 != 2) {
            GraphFailure failure = GraphFailure.of(response.statusCode(), answer);
            ChannelHealth health = failure.health(rateLimits).orElseThrow(() -> new IllegalArgumentException(
                    failure.describe() + ". Reply by another channel."));
            throw new SocialNetworkException(health);
        }
        String messageId = answer.path("message_id").asString("");
        if (messageId.isEmpty()) {
            throw new SocialNetworkException(ChannelHealth.down("Meta Graph accepted a message but sent no"
                    + " message_id"));
        }
        return messageId;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(settings.endpoint(path))).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + settings.pageAccessToken())
                .header("Accept", "application/json");
    }

}
