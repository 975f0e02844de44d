package org.contactrouter.channel.social.meta;

import static org.contactrouter.channel.social.SocialAttributes.AUTHOR_ID;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.contactrouter.channel.social.ChannelHealth;
import org.contactrouter.channel.social.JsonHttp;
import org.contactrouter.channel.social.PollResult;
import org.contactrouter.channel.social.RateLimits;
import org.contactrouter.channel.social.ReplyRequest;
import org.contactrouter.channel.social.ReplyResult;
import org.contactrouter.channel.social.SocialNetwork;
import org.contactrouter.channel.social.SocialNetworkException;
import org.contactrouter.contact.Identity;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facebook Messenger and Instagram messages to the council's Page, through the Meta Graph API. Messages arrive by
 * webhook ({@link MetaWebhookController}), so a poll only checks the page access token; replies go through the Send
 * API, which takes them only within 24 hours of the citizen's last message.
 */
public class MetaNetwork implements SocialNetwork {

    /** Contact source, and the name of the channel's settings, route and health component. */
    public static final String NETWORK = "meta";
    /** Messenger takes at most 2,000 characters of text in one message. */
    public static final int MAX_REPLY_LENGTH = 2000;
    /** Instagram takes at most 1,000 bytes of UTF-8 text in one message: fewer characters when they are not ASCII. */
    public static final int MAX_INSTAGRAM_REPLY_BYTES = 1000;
    /** Meta's standard messaging window: a Page may answer for 24 hours after each message from the person. */
    public static final Duration REPLY_WINDOW = Duration.ofHours(24);

    private final GraphApi graph;

    public MetaNetwork(MetaSettings settings, Clock clock) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), settings, clock);
    }

    MetaNetwork(HttpClient http, MetaSettings settings, Clock clock) {
        // Graph's rate limits come as errors, not as a remaining allowance: nothing to keep in reserve.
        ObjectMapper json = JsonMapper.builder().build();
        this.graph = new GraphApi(new JsonHttp(http, json, "Meta Graph"), settings, json, new RateLimits(0, clock));
    }

    @Override
    public String name() {
        return NETWORK;
    }

    @Override
    public PollResult poll(String cursor) throws SocialNetworkException {
        graph.checkPageToken();
        return new PollResult(List.of(), cursor, ChannelHealth.up());
    }

    @Override
    public ReplyResult reply(ReplyRequest request) throws SocialNetworkException {
        requireValidReply(request.text());
        return new ReplyResult(graph.sendMessage(request.required(AUTHOR_ID), request.text()));
    }

    @Override
    public int maxReplyLength() {
        return MAX_REPLY_LENGTH;
    }

    @Override
    public int maxReplyLength(List<Identity> sender) {
        return onInstagram(sender) ? MAX_INSTAGRAM_REPLY_BYTES : MAX_REPLY_LENGTH;
    }

    @Override
    public Optional<String> validateReply(List<Identity> sender, String text) {
        Optional<String> problem = validateReply(text);
        if (problem.isPresent() || !onInstagram(sender)) {
            return problem;
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        return bytes <= MAX_INSTAGRAM_REPLY_BYTES ? Optional.empty()
                : Optional.of("Replies on Instagram can be at most " + MAX_INSTAGRAM_REPLY_BYTES + " bytes; this one is "
                        + bytes + " (letters such as ŵ and emoji take two to four bytes each). Shorten it or reply"
                        + " by another channel.");
    }

    private static boolean onInstagram(List<Identity> sender) {
        return sender.stream().anyMatch(identity -> identity.kind().equals(MetaMessages.INSTAGRAM));
    }

    @Override
    public Optional<Duration> replyWindow() {
        return Optional.of(REPLY_WINDOW);
    }
}
