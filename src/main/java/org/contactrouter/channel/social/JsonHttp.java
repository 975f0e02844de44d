package org.contactrouter.channel.social;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Calls to a network's JSON HTTP API: a network that cannot be reached is {@link ChannelHealth.State#DOWN}, and an
 * answer that is not JSON reads as a missing node rather than failing, so the caller reports the HTTP status.
 */
public final class JsonHttp {

    private final HttpClient http;
    private final ObjectMapper json;
    private final String api;

    /** @param api the API's name in health messages: "Bluesky", "Meta Graph" */
    public JsonHttp(HttpClient http, ObjectMapper json, String api) {
        this.http = http;
        this.json = json;
        this.api = api;
    }

    public HttpResponse<String> send(HttpRequest request) throws SocialNetworkException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SocialNetworkException(ChannelHealth.down(api + " unreachable: " + e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SocialNetworkException(ChannelHealth.down("interrupted while calling " + api), e);
        }
    }

    /** The JSON body, or a missing node when there is none or it is not JSON (proxies answer with HTML). */
    public JsonNode parse(HttpResponse<String> response) {
        try {
            JsonNode node = json.readTree(response.body());
            return node == null ? json.missingNode() : node;
        } catch (JacksonException e) {
            return json.missingNode();
        }
    }
}
