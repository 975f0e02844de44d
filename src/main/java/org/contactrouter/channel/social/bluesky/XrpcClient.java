package org.contactrouter.channel.social.bluesky;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.contactrouter.channel.social.ChannelHealth;
import org.contactrouter.channel.social.JsonHttp;
import org.contactrouter.channel.social.RateLimits;
import org.contactrouter.channel.social.SocialNetworkException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Calls Bluesky's XRPC HTTP API with an app-password session. An expired or invalidated access token is replaced by
 * a new session once per call; any other failure becomes a {@link SocialNetworkException} with the matching health.
 */
final class XrpcClient {

    /** Error names Bluesky uses for an access token that is no longer accepted. */
    private static final Set<String> STALE_TOKEN_ERRORS = Set.of("ExpiredToken", "InvalidToken");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** A JSON answer and the rate-limit state its headers put us in. */
    record Answer(JsonNode body, ChannelHealth allowance) {
    }

    private record Session(String accessJwt, String did) {
    }

    private final JsonHttp http;
    private final BlueskySettings settings;
    private final ObjectMapper json;
    private final RateLimits rateLimits;
    private Session session;

    XrpcClient(JsonHttp http, BlueskySettings settings, ObjectMapper json, RateLimits rateLimits) {
        this.http = http;
        this.settings = settings;
        this.json = json;
        this.rateLimits = rateLimits;
    }

    /** GET an XRPC query; a parameter with several values is repeated, as XRPC expects for arrays. */
    Answer query(String nsid, Map<String, List<String>> parameters) throws SocialNetworkException {
        String query = parameters.entrySet().stream()
                .flatMap(p -> p.getValue().stream().map(v -> encode(p.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        URI uri = endpoint(nsid + (query.isEmpty() ? "" : "?" + query));
        return authorised(token -> request(uri, token).GET().build());
    }

    /** POST an XRPC procedure with a JSON body. */
    Answer procedure(String nsid, JsonNode body) throws SocialNetworkException {
        String text = json.writeValueAsString(body);
        return authorised(token -> request(endpoint(nsid), token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build());
    }

    /** The DID of the signed-in account, the repository replies are written to. */
    synchronized String did() throws SocialNetworkException {
        return currentSession().did();
    }

    private synchronized Answer authorised(Function<String, HttpRequest> requestWithToken)
            throws SocialNetworkException {
        HttpResponse<String> response = http.send(requestWithToken.apply(currentSession().accessJwt()));
        if (hasStaleToken(response)) {
            session = createSession();
            response = http.send(requestWithToken.apply(session.accessJwt()));
        }
        return answer(response);
    }

    private Session currentSession() throws SocialNetworkException {
        if (session == null) {
            session = createSession();
        }
        return session;
    }

    private Session createSession() throws SocialNetworkException {
        String body = json.writeValueAsString(Map.of(
                "identifier", settings.identifier(), "password", settings.appPassword()));
        HttpRequest request = HttpRequest.newBuilder(endpoint("com.atproto.server.createSession"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        JsonNode created = answer(http.send(request)).body();
        return new Session(created.path("accessJwt").asString(), created.path("did").asString());
    }

    private HttpRequest.Builder request(URI uri, String token) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private boolean hasStaleToken(HttpResponse<String> response) {
        return (response.statusCode() == 400 || response.statusCode() == 401)
                && STALE_TOKEN_ERRORS.contains(http.parse(response).path("error").asString(""));
    }

    private Answer answer(HttpResponse<String> response) throws SocialNetworkException {
        if (response.statusCode() / 100 != 2) {
            throw new SocialNetworkException(failure(response));
        }
        JsonNode body = http.parse(response);
        if (body.isMissingNode()) {
            throw new SocialNetworkException(ChannelHealth.down("Bluesky sent an unreadable answer to "
                    + response.uri().getPath()));
        }
        return new Answer(body, rateLimits.afterSuccess(header(response, "ratelimit-remaining"),
                header(response, "ratelimit-reset")));
    }

    private ChannelHealth failure(HttpResponse<String> response) {
        JsonNode error = http.parse(response);
        String message = "Bluesky HTTP " + response.statusCode() + " on " + response.uri().getPath() + ": "
                + error.path("error").asString("") + " " + error.path("message").asString("");
        return switch (response.statusCode()) {
            case 429 -> rateLimits.exceeded(header(response, "ratelimit-reset"), message.trim());
            case 401 -> ChannelHealth.unauthorised(message.trim());
            case 403 -> ChannelHealth.accessDenied(message.trim());
            default -> ChannelHealth.down(message.trim());
        };
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private URI endpoint(String path) {
        return URI.create(settings.baseUrl() + "/xrpc/" + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
