package org.contactrouter.channel.social.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.contactrouter.channel.social.ChannelHealth;
import org.contactrouter.channel.social.PollOutcome;
import org.contactrouter.channel.social.ReplyRequest;
import org.contactrouter.channel.social.SocialAttributes;
import org.contactrouter.channel.social.SocialNetworkClientTest;
import org.contactrouter.channel.social.SocialNetworkException;
import org.contactrouter.channel.social.SocialPoller;
import org.contactrouter.contact.Identity;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** The Graph API client against WireMock playing graph.facebook.com on loopback. */
class MetaNetworkTest extends SocialNetworkClientTest {

    private static final String SEND = "/v21.0/me/messages";
    private static final String ME = "/v21.0/me";
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    MetaNetworkTest() {
        super(NOW);
    }

    @Test
    void sendsTheReplyToThePersonAsAResponseWithThePageTokenInTheHeader() throws Exception {
        api.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson(MetaJson.sent("2489001", "m_reply_1"))));

        assertThat(network().reply(reply("Your bin will be collected tomorrow.")).messageId()).isEqualTo("m_reply_1");

        api.verify(1, postRequestedFor(urlPathEqualTo(SEND))
                .withHeader("Authorization", equalTo("Bearer page-token"))
                .withRequestBody(equalToJson("""
                        {"recipient": {"id": "2489001"}, "messaging_type": "RESPONSE",
                         "message": {"text": "Your bin will be collected tomorrow."}}""")));
    }

    @Test
    void anInvalidTokenOnTheCheckPutsTheChannelOutOfServiceWithGraphsReason() throws Exception {
        api.stubFor(get(urlPathEqualTo(ME)).willReturn(graphError(400, 190, 463, "OAuthException",
                "Error validating access token: Session has expired")));
        SocialPoller poller = pollerOf(network());

        PollOutcome outcome = poller.pollOnce();

        assertThat(outcome.health()).isEqualTo(ChannelHealth.unauthorised("Meta Graph HTTP 400 error 190/463: Error"
                + " validating access token: Session has expired: make a new page access token and set"
                + " CCR_META_PAGE_ACCESS_TOKEN"));
        api.verify(getRequestedFor(urlPathEqualTo(ME)).withQueryParam("fields", equalTo("id"))
                .withHeader("Authorization", equalTo("Bearer page-token")));
        assertThat(received).isEmpty();

        // The token works again: the next check says so.
        api.stubFor(get(urlPathEqualTo(ME)).willReturn(okJson("{\"id\": \"" + MetaJson.PAGE_ID + "\"}")));
        assertThat(poller.pollOnce().health()).isEqualTo(ChannelHealth.up());
    }

    @Test
    void aRateLimitByErrorCodeOrHttp429HoldsCallsBack() throws Exception {
        api.stubFor(post(urlPathEqualTo(SEND)).willReturn(graphError(400, 613, null, "OAuthException",
                "Calls to this api have exceeded the rate limit.")));

        assertThatThrownBy(() -> network().reply(reply("Hello")))
                .isInstanceOfSatisfying(SocialNetworkException.class, e -> {
                    assertThat(e.health().state()).isEqualTo(ChannelHealth.State.RATE_LIMITED);
                    assertThat(e.health().until()).isAfter(NOW);
                    assertThat(e.health().message()).isEqualTo("Meta Graph HTTP 400 error 613: Calls to this api have"
                            + " exceeded the rate limit.: waiting before calling again");
                });

        api.stubFor(get(urlPathEqualTo(ME)).willReturn(graphError(429, 4, null, "OAuthException",
                "Application request limit reached")));
        SocialPoller poller = pollerOf(network());
        assertThat(poller.pollOnce().health().state()).isEqualTo(ChannelHealth.State.RATE_LIMITED);
        assertThat(poller.pollOnce().called()).as("no call while the limit lasts").isFalse();
        clock.advance(Duration.ofMinutes(16));
        api.stubFor(get(urlPathEqualTo(ME)).willReturn(okJson("{\"id\": \"1\"}")));
        assertThat(poller.pollOnce().health()).isEqualTo(ChannelHealth.up());
    }

    @Test
    void aMessageRefusedAloneFailsOnlyThatReplyAndAnOutageIsDown() {
        api.stubFor(post(urlPathEqualTo(SEND)).willReturn(graphError(400, 10, 2018278, "OAuthException",
                "(#10) This message is sent outside of allowed window.")));
        assertThatThrownBy(() -> network().reply(reply("Hello"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Meta Graph HTTP 400 error 10/2018278: (#10) This message is sent outside of allowed"
                        + " window.. Reply by another channel.");

        api.stubFor(post(urlPathEqualTo(SEND)).willReturn(graphError(403, 10, null, "OAuthException",
                "(#10) Application does not have permission for this action")));
        assertThatThrownBy(() -> network().reply(reply("Hello"))).isInstanceOfSatisfying(SocialNetworkException.class,
                e -> assertThat(e.health().state()).isEqualTo(ChannelHealth.State.ACCESS_DENIED));

        api.stubFor(post(urlPathEqualTo(SEND)).willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway")));
        assertThatThrownBy(() -> network().reply(reply("Hello"))).isInstanceOfSatisfying(SocialNetworkException.class,
                e -> assertThat(e.health()).isEqualTo(ChannelHealth.down("Meta Graph HTTP 502")));
    }

    @Test
    void repliesAreAtMost2000CharactersAndOpenFor24Hours() {
        MetaNetwork network = network();

        assertThat(network.validateReply("x".repeat(2000))).isEmpty();
        assertThat(network.validateReply("x".repeat(2001))).isPresent();
        assertThat(network.replyWindow()).contains(Duration.ofHours(24));
    }

    @Test
    void instagramRepliesAreAtMost1000BytesSoLettersBeyondAsciiCountMore() {
        MetaNetwork network = network();
        List<Identity> instagram = List.of(Identity.social(MetaMessages.INSTAGRAM, "17841400000000001"));
        List<Identity> messenger = List.of(Identity.social(MetaMessages.MESSENGER, "24000000000000001"));

        assertThat(network.validateReply(instagram, "x".repeat(1000))).isEmpty();
        assertThat(network.validateReply(instagram, "ŵ".repeat(501))).hasValue("Replies on Instagram can be at most"
                + " 1000 bytes; this one is 1002 (letters such as ŵ and emoji take two to four bytes each). Shorten it"
                + " or reply by another channel.");
        assertThat(network.validateReply(messenger, "ŵ".repeat(501))).as("Messenger counts characters").isEmpty();
        assertThat(network.maxReplyLength(instagram)).isEqualTo(1000);
        assertThat(network.maxReplyLength(messenger)).isEqualTo(2000);
    }

    private MetaNetwork network() {
        return new MetaNetwork(new MetaSettings(api.baseUrl(), "v21.0", "app-secret", "verify", "page-token"),
                clock);
    }

    private static ReplyRequest reply(String text) {
        return new ReplyRequest(text, Map.of(SocialAttributes.KIND, SocialAttributes.KIND_DM,
                SocialAttributes.POST_ID, "m_abc", SocialAttributes.AUTHOR_ID, "2489001"));
    }

    private static ResponseDefinitionBuilder graphError(int status, int code, Integer subcode, String type,
                                                        String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(MetaJson.error(code, subcode, type, message));
    }
}
