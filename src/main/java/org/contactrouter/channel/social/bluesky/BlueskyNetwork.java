package org.contactrouter.channel.social.bluesky;

import static org.contactrouter.channel.social.SocialAttributes.POST_CID;
import static org.contactrouter.channel.social.SocialAttributes.POST_ID;
import static org.contactrouter.channel.social.SocialAttributes.ROOT_CID;
import static org.contactrouter.channel.social.SocialAttributes.ROOT_URI;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.contactrouter.channel.social.ChannelHealth;
import org.contactrouter.channel.social.JsonHttp;
import org.contactrouter.channel.social.PollResult;
import org.contactrouter.channel.social.RateLimits;
import org.contactrouter.channel.social.ReplyRequest;
import org.contactrouter.channel.social.ReplyResult;
import org.contactrouter.channel.social.SocialNetwork;
import org.contactrouter.channel.social.SocialNetworkException;
import org.contactrouter.contact.Contact;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bluesky through its XRPC HTTP API: mentions and replies from the notification list, replies threaded with strong
 * references to the thread root and the citizen's post.
 */
public class BlueskyNetwork implements SocialNetwork {

    /** Bluesky limits a post to 300 graphemes (user-perceived characters). */
    public static final int MAX_REPLY_LENGTH = 300;
    private static final List<String> CONTACT_REASONS = List.of("mention", "reply");
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final String POST_COLLECTION = "app.bsky.feed.post";

    private final XrpcClient xrpc;
    private final BlueskySettings settings;
    private final ObjectMapper json;
    private final Clock clock;

    public BlueskyNetwork(BlueskySettings settings, Clock clock) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), settings, clock);
    }

    BlueskyNetwork(HttpClient http, BlueskySettings settings, Clock clock) {
        this.json = JsonMapper.builder().build();
        this.xrpc = new XrpcClient(new JsonHttp(http, json, "Bluesky"), settings, json,
                new RateLimits(settings.rateLimitLowWatermark(), clock));
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return BlueskyNotification.NETWORK;
    }

    @Override
    public int maxReplyLength() {
        return MAX_REPLY_LENGTH;
    }

    @Override
    public int replyLength(String text) {
        return (int) GRAPHEME.matcher(text).results().count();
    }

    @Override
    public PollResult poll(String cursorText) throws SocialNetworkException {
        BlueskyCursor cursor = BlueskyCursor.parse(cursorText, json);
        Map<String, BlueskyNotification> fresh = new LinkedHashMap<>();
        ChannelHealth health = ChannelHealth.up();
        String page = null;
        for (int i = 0; i < settings.maxPages(); i++) {
            XrpcClient.Answer answer = xrpc.query("app.bsky.notification.listNotifications", parameters(page));
            health = RateLimits.stricter(health, answer.allowance());
            boolean reachedCursor = false;
            for (JsonNode entry : answer.body().path("notifications")) {
                BlueskyNotification notification = BlueskyNotification.from(entry);
                reachedCursor |= cursor.isBefore(notification.indexedAt());
                if (CONTACT_REASONS.contains(notification.reason())
                        && !cursor.covers(notification.indexedAt(), notification.uri())) {
                    // The same post can be notified twice (mention and reply): one contact per post uri.
                    fresh.putIfAbsent(notification.uri(), notification);
                }
            }
            page = answer.body().path("cursor").asString(null);
            if (reachedCursor || page == null || answer.body().path("notifications").isEmpty()) {
                break;
            }
        }
        List<BlueskyNotification> oldestFirst = new ArrayList<>(fresh.values());
        oldestFirst.sort(Comparator.comparing(BlueskyNotification::indexedAt));
        List<Contact> contacts = oldestFirst.stream().map(BlueskyNotification::toContact).toList();
        BlueskyCursor next = cursor.after(oldestFirst);
        return new PollResult(contacts, next.indexedAt() == null ? null : next.format(json), health);
    }

    private Map<String, List<String>> parameters(String page) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("limit", List.of(Integer.toString(settings.pageSize())));
        parameters.put("reasons", CONTACT_REASONS);
        if (page != null) {
            parameters.put("cursor", List.of(page));
        }
        return parameters;
    }

    @Override
    public ReplyResult reply(ReplyRequest request) throws SocialNetworkException {
        requireValidReply(request.text());
        if (request.isDirectMessage()) {
            throw new IllegalArgumentException("Bluesky direct messages are not supported; reply publicly");
        }
        ObjectNode record = json.createObjectNode()
                .put("$type", POST_COLLECTION)
                .put("text", request.text())
                .put("createdAt", clock.instant().toString());
        ObjectNode reply = record.putObject("reply");
        strongRef(reply.putObject("root"), request.required(ROOT_URI), request.required(ROOT_CID));
        strongRef(reply.putObject("parent"), request.required(POST_ID), request.required(POST_CID));
        ObjectNode body = json.createObjectNode()
                .put("repo", xrpc.did())
                .put("collection", POST_COLLECTION);
        body.set("record", record);
        JsonNode created = xrpc.procedure("com.atproto.repo.createRecord", body).body();
        return new ReplyResult(created.path("uri").asString());
    }

    private static void strongRef(ObjectNode node, String uri, String cid) {
        node.put("uri", uri).put("cid", cid);
    }
}
