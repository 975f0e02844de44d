package org.contactrouter.channel.social.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contactrouter.channel.social.bluesky.BlueskyJson.CITIZEN_DID;
import static org.contactrouter.channel.social.bluesky.BlueskyJson.COUNCIL_DID;
import static org.contactrouter.channel.social.bluesky.BlueskyJson.uri;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.contactrouter.channel.social.ChannelHealth;
import org.contactrouter.channel.social.PollOutcome;
import org.contactrouter.channel.social.ReplyRequest;
import org.contactrouter.channel.social.SocialAttributes;
import org.contactrouter.channel.social.SocialNetworkClientTest;
import org.contactrouter.channel.social.SocialPoller;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The XRPC client against WireMock playing a Bluesky PDS on loopback. */
class BlueskyNetworkTest extends SocialNetworkClientTest {

    private static final String SESSION = "/xrpc/com.atproto.server.createSession";
    private static final String NOTIFICATIONS = "/xrpc/app.bsky.notification.listNotifications";
    private static final String CREATE_RECORD = "/xrpc/com.atproto.repo.createRecord";
    private static final Instant NOW = Instant.parse("2026-01-14T10:00:00Z");

    BlueskyNetworkTest() {
        super(NOW);
    }

    @BeforeEach
    void sessionForTheAppPassword() {
        api.stubFor(post(urlPathEqualTo(SESSION))
                .withRequestBody(equalToJson("{\"identifier\": \"council.bsky.social\", \"password\": \"app-pass\"}"))
                .willReturn(okJson(BlueskyJson.session("token-1"))));
    }

    @Test
    void turnsAReplyNotificationIntoASocialContact() throws Exception {
        notifications(null, BlueskyJson.page(null, BlueskyJson.notification("p1", "reply", 5,
                "Still waiting, CR-2026-000123", uri("root"), uri("parent"))));

        poller().pollOnce();

        assertThat(received).singleElement().satisfies(contact -> {
            assertThat(contact.channel()).isEqualTo(Channel.SOCIAL);
            assertThat(contact.source()).isEqualTo("bluesky");
            assertThat(contact.channelMessageId()).isEqualTo(uri("p1"));
            assertThat(contact.sender().displayName()).isEqualTo("Jo Bloggs");
            assertThat(contact.sender().identities()).containsExactly(Identity.social("bluesky", "jo.bsky.social"));
            assertThat(contact.receivedAt()).isEqualTo(Instant.parse("2026-01-14T09:05:00Z"));
            assertThat(contact.caseReferenceHint()).isEqualTo("CR-2026-000123");
            assertThat(contact.conversationIds()).containsExactly(uri("parent"));
            assertThat(contact.attributes()).containsEntry(SocialAttributes.KIND, SocialAttributes.KIND_MENTION)
                    .containsEntry(SocialAttributes.REASON, "reply")
                    .containsEntry(SocialAttributes.POST_CID, "cid-p1")
                    .containsEntry(SocialAttributes.ROOT_URI, uri("root"))
                    .containsEntry(SocialAttributes.ROOT_CID, "cid-root")
                    .containsEntry(SocialAttributes.AUTHOR_ID, CITIZEN_DID);
        });
        api.verify(getRequestedFor(urlPathEqualTo(NOTIFICATIONS))
                .withHeader("Authorization", equalTo("Bearer token-1"))
                .withQueryParam("reasons", equalTo("mention"))
                .withQueryParam("reasons", equalTo("reply")));
    }

    @Test
    void eachMentionBecomesExactlyOneContactAcrossARestart() throws Exception {
        notifications(null, BlueskyJson.page("page-2", BlueskyJson.mention("p3", 3),
                BlueskyJson.notification("p2", "like", 2, "", null, null)));
        notifications("page-2", BlueskyJson.page(null, BlueskyJson.mention("p1", 1)));
        poller().pollOnce();

        // After a restart: new network, session, poller and store objects over the same database.
        api.resetMappings();
        sessionForTheAppPassword();
        notifications(null, BlueskyJson.page("page-2", BlueskyJson.mention("p4", 4), BlueskyJson.mention("p3", 3),
                BlueskyJson.mention("p1", 1)));
        poller().pollOnce();
        poller().pollOnce();

        assertThat(received).extracting(Contact::channelMessageId).containsExactly(uri("p1"), uri("p3"), uri("p4"));
        // Paging stops at the first notification older than the checkpoint.
        api.verify(1, getRequestedFor(urlPathEqualTo(NOTIFICATIONS)).withQueryParam("cursor", equalTo("page-2")));
    }

    @Test
    void postsIndexedAtTheSameInstantAsTheCheckpointAreNotRepeated() throws Exception {
        notifications(null, BlueskyJson.page(null, BlueskyJson.mention("a", 7)));
        poller().pollOnce();
        api.resetMappings();
        sessionForTheAppPassword();
        notifications(null, BlueskyJson.page(null, BlueskyJson.mention("b", 7), BlueskyJson.mention("a", 7)));

        poller().pollOnce();

        assertThat(received).extracting(Contact::channelMessageId).containsExactly(uri("a"), uri("b"));
    }

    @Test
    void anExpiredTokenLeadsToANewSession() throws Exception {
        api.stubFor(post(urlPathEqualTo(SESSION)).inScenario("tokens").whenScenarioStateIs(STARTED)
                .willReturn(okJson(BlueskyJson.session("token-1"))).willSetStateTo("renewed"));
        api.stubFor(post(urlPathEqualTo(SESSION)).inScenario("tokens").whenScenarioStateIs("renewed")
                .willReturn(okJson(BlueskyJson.session("token-2"))));
        api.stubFor(get(urlPathEqualTo(NOTIFICATIONS)).withHeader("Authorization", equalTo("Bearer token-1"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": \"ExpiredToken\", \"message\": \"Token has expired\"}")));
        api.stubFor(get(urlPathEqualTo(NOTIFICATIONS)).withHeader("Authorization", equalTo("Bearer token-2"))
                .willReturn(okJson(BlueskyJson.page(null, BlueskyJson.mention("p1", 1)))));

        PollOutcome outcome = poller().pollOnce();

        assertThat(outcome.health()).isEqualTo(ChannelHealth.up());
        assertThat(received).extracting(Contact::channelMessageId).containsExactly(uri("p1"));
        api.verify(2, postRequestedFor(urlPathEqualTo(SESSION)));
    }

    @Test
    void aRefusedAppPasswordIsUnauthorised() throws Exception {
        api.stubFor(post(urlPathEqualTo(SESSION)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"AuthenticationRequired\", \"message\": \"Invalid identifier or password\"}")));

        PollOutcome outcome = poller().pollOnce();

        assertThat(outcome.health().state()).isEqualTo(ChannelHealth.State.UNAUTHORISED);
        assertThat(outcome.health().message()).contains("Invalid identifier or password");
        api.verify(0, getRequestedFor(urlPathEqualTo(NOTIFICATIONS)));
    }

    @Test
    void a429PausesPollingUntilTheReset() throws Exception {
        Instant reset = NOW.plus(Duration.ofMinutes(5));
        api.stubFor(get(urlPathEqualTo(NOTIFICATIONS)).willReturn(aResponse().withStatus(429)
                .withHeader("ratelimit-limit", "3000").withHeader("ratelimit-remaining", "0")
                .withHeader("ratelimit-reset", Long.toString(reset.getEpochSecond()))
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"RateLimitExceeded\", \"message\": \"Rate Limit Exceeded\"}")));
        SocialPoller poller = poller();

        assertThat(poller.pollOnce().health()).isEqualTo(ChannelHealth.rateLimited(reset,
                "Bluesky HTTP 429 on " + NOTIFICATIONS + ": RateLimitExceeded Rate Limit Exceeded"));
        clock.advance(Duration.ofMinutes(4));
        assertThat(poller.pollOnce().called()).isFalse();
        api.verify(1, getRequestedFor(urlPathEqualTo(NOTIFICATIONS)));
    }

    @Test
    void repliesWithStrongReferencesToTheThreadRootAndTheCitizensPost() throws Exception {
        notifications(null, BlueskyJson.page(null, BlueskyJson.notification("p1", "reply", 5, "Any news?",
                uri("root"), uri("parent"))));
        api.stubFor(post(urlPathEqualTo(CREATE_RECORD)).willReturn(okJson(
                "{\"uri\": \"at://did:plc:council/app.bsky.feed.post/r1\", \"cid\": \"cid-r1\"}")));
        BlueskyNetwork network = network();
        Contact contact = network.poll(null).contacts().get(0);

        var result = network.reply(ReplyRequest.to(contact, "Crews are out today."));

        assertThat(result.messageId()).isEqualTo("at://did:plc:council/app.bsky.feed.post/r1");
        api.verify(1, postRequestedFor(urlPathEqualTo(CREATE_RECORD))
                .withHeader("Authorization", equalTo("Bearer token-1"))
                .withRequestBody(matchingJsonPath("$.repo", equalTo(COUNCIL_DID)))
                .withRequestBody(matchingJsonPath("$.collection", equalTo("app.bsky.feed.post")))
                .withRequestBody(matchingJsonPath("$.record.text", equalTo("Crews are out today.")))
                .withRequestBody(matchingJsonPath("$.record.createdAt", equalTo(NOW.toString())))
                .withRequestBody(matchingJsonPath("$.record.reply.root.uri", equalTo(uri("root"))))
                .withRequestBody(matchingJsonPath("$.record.reply.root.cid", equalTo("cid-root")))
                .withRequestBody(matchingJsonPath("$.record.reply.parent.uri", equalTo(uri("p1"))))
                .withRequestBody(matchingJsonPath("$.record.reply.parent.cid", equalTo("cid-p1"))));
    }

    @Test
    void countsReplyLengthInGraphemes() {
        BlueskyNetwork network = network();
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // one grapheme, five code points

        assertThat(network.validateReply(family.repeat(300))).isEmpty();
        assertThat(network.validateReply("a".repeat(301))).contains("Replies on bluesky can be at most 300"
                + " characters; this one is 301. Remove 1 characters or reply by another channel.");
        assertThat(network.validateReply(" ")).contains("The reply is empty. Write a reply before sending it.");
        assertThatThrownBy(() -> network.reply(new ReplyRequest("a".repeat(301), Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 300");
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    private void notifications(String cursor, String body) {
        api.stubFor(get(urlPathEqualTo(NOTIFICATIONS))
                .withQueryParam("cursor", cursor == null ? absent() : equalTo(cursor))
                .willReturn(okJson(body)));
    }

    private BlueskyNetwork network() {
        return new BlueskyNetwork(new BlueskySettings(api.baseUrl(), "council.bsky.social", "app-pass", 50, 5, 2),
                clock);
    }

    private SocialPoller poller() {
        return pollerOf(network());
    }
}
