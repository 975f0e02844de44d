package org.contactrouter.channel.social;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.camel.CamelContext;
import org.contactrouter.channel.social.bluesky.BlueskyJson;
import org.contactrouter.channel.social.twitter.TwitterJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * The social channel end to end: WireMock on loopback plays X (v1.1) and Bluesky (XRPC), the routes in
 * routes/social.yaml poll them every 200 ms, and mentions become cases on the embedded broker and H2; officers'
 * replies go out through the outbound queue. The context is closed afterwards so the pollers stop with the server.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SocialChannelTest extends SocialApplicationTest {

    private static final String MENTIONS = "/1.1/statuses/mentions_timeline.json";
    private static final String UPDATE = "/1.1/statuses/update.json";
    private static final String SESSION = "/xrpc/com.atproto.server.createSession";
    private static final String NOTIFICATIONS = "/xrpc/app.bsky.notification.listNotifications";
    private static final String CREATE_RECORD = "/xrpc/com.atproto.repo.createRecord";

    private static final WireMockServer api = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    @DynamicPropertySource
    static void socialNetworks(DynamicPropertyRegistry registry) {
        api.start();
        String twitter = "ccr.channels.social.twitter.";
        registry.add(twitter + "enabled", () -> "true");
        registry.add(twitter + "rest-base-url", () -> api.baseUrl() + "/1.1/");
        registry.add(twitter + "consumer-key", () -> "consumer-key");
        registry.add(twitter + "consumer-secret", () -> "consumer-secret");
        registry.add(twitter + "access-token", () -> "access-token");
        registry.add(twitter + "access-token-secret", () -> "access-secret");
        registry.add(twitter + "account-handle", () -> "ExampleCouncil");
        registry.add(twitter + "page-size", () -> "2");
        registry.add(twitter + "poll-interval", () -> "200ms");
        String bluesky = "ccr.channels.social.bluesky.";
        registry.add(bluesky + "enabled", () -> "true");
        registry.add(bluesky + "base-url", api::baseUrl);
        registry.add(bluesky + "identifier", () -> "council.bsky.social");
        registry.add(bluesky + "app-password", () -> "app-pass");
        registry.add(bluesky + "poll-interval", () -> "200ms");
        // Quiet networks until a test says otherwise (its stubs take precedence over these).
        api.stubFor(get(urlPathEqualTo(MENTIONS)).atPriority(10).willReturn(okJson("[]")));
        api.stubFor(post(urlPathEqualTo(SESSION)).willReturn(okJson(BlueskyJson.session("token-1"))));
        api.stubFor(get(urlPathEqualTo(NOTIFICATIONS)).atPriority(10).willReturn(okJson(BlueskyJson.page(null))));
    }

    @AfterAll
    static void stopServer() {
        api.stop();
    }

    @Autowired
    CamelContext camel;

    @Test
    void xMentionsBecomeOneCaseEachAcrossARestartRepliesThreadAndA453ShowsOnHealth() throws Exception {
        mentions(null, null, okJson(TwitterJson.mentions(1002, 1001)));
        mentions(null, "1000", okJson("[]"));
        mentions("1002", null, okJson("[]"));

        awaitSocialContacts("twitter", "1001", "1002");
        // The case's clock starts when the citizen posted (09:mm UTC, mm = id % 60).
        assertThat(openedAt("1001")).isEqualTo(Instant.parse("2026-01-14T09:41:00Z"));

        // Restart the poller: it carries on from the saved checkpoint instead of reading the timeline again.
        camel.getRouteController().stopRoute("social-poll-twitter");
        int unpagedReads = requestsWithoutSinceId();
        mentions("1002", null, okJson(TwitterJson.mentions(1003)));
        mentions("1002", "1002", okJson("[]"));
        mentions("1003", null, okJson("[]"));
        camel.getRouteController().startRoute("social-poll-twitter");

        awaitSocialContacts("twitter", "1001", "1002", "1003");
        assertThat(requestsWithoutSinceId()).isEqualTo(unpagedReads);
        await().atMost(WAIT).until(() -> "mentions=1003;dm=0".equals(checkpoint("social.twitter")));

        // An officer's reply goes out under the citizen's post; one too long is refused before it is queued.
        String reference = referenceOf("1001");
        api.stubFor(post(urlPathEqualTo(UPDATE)).willReturn(okJson(
                TwitterJson.status(5001, 10, "@JoBloggs Booked for Friday", 1001L))));
        reply(reference, "x".repeat(281))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("Replies on twitter can be at most 280 characters; this one is"
                        + " 281. Remove 1 characters or reply by another channel."));
        long replyId = replyId(reply(reference, "Booked for Friday").andExpect(status().isAccepted()));
        awaitReply(replyId, "SENT 5001");
        api.verify(1, postRequestedFor(urlPathEqualTo(UPDATE))
                .withRequestBody(containing("in_reply_to_status_id=1001"))
                .withRequestBody(containing("status=Booked%20for%20Friday")));

        // X withdraws v1.1 reads from the plan: the channel shows as out of service with X's reason.
        api.stubFor(get(urlPathEqualTo(MENTIONS)).atPriority(1).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody(TwitterJson.errors(453, "You currently have access to a subset of X API V2 endpoints"))));
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(MockMvcRequestBuilders.get("/actuator/health")
                        .with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(jsonPath("$.components.twitter.status").value("OUT_OF_SERVICE"))
                .andExpect(jsonPath("$.components.twitter.details.state").value("ACCESS_DENIED"))
                .andExpect(jsonPath("$.components.twitter.details.message").value(
                        "X API HTTP 403 error 453: You currently have access to a subset of X API V2 endpoints"))
                .andExpect(jsonPath("$.components.bluesky.status").value("UP")));
        // ... and on the supervisor dashboard.
        mvc.perform(MockMvcRequestBuilders.get("/supervisor").with(SecurityMockMvcRequestPostProcessors.user("sup")
                        .roles("SUPERVISOR", "OFFICER")))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("ACCESS DENIED", "You currently have access to a subset of X API V2 endpoints"));
    }

    @Test
    void aBlueskyMentionBecomesOneCaseAndTheReplyRecordCarriesRootAndParent() throws Exception {
        api.stubFor(post(urlPathEqualTo(CREATE_RECORD)).willReturn(okJson(
                "{\"uri\": \"at://did:plc:council/app.bsky.feed.post/r1\", \"cid\": \"cid-r1\"}")));
        api.stubFor(get(urlPathEqualTo(NOTIFICATIONS)).willReturn(okJson(BlueskyJson.page(null,
                BlueskyJson.notification("p1", "reply", 5, "Any news on the bins?", BlueskyJson.uri("root"),
                        BlueskyJson.uri("parent"))))));

        awaitSocialContacts("bluesky", BlueskyJson.uri("p1"));
        // Later polls see the same notification and pass over it: the checkpoint covers it.
        int polls = api.findAll(getRequestedFor(urlPathEqualTo(NOTIFICATIONS))).size();
        await().atMost(WAIT).until(() -> api.findAll(getRequestedFor(urlPathEqualTo(NOTIFICATIONS))).size() >= polls + 3);
        assertThat(socialContacts("bluesky")).containsExactly(BlueskyJson.uri("p1"));
        assertThat(checkpoint("social.bluesky")).isNotNull();

        long replyId = replyId(reply(referenceOf(BlueskyJson.uri("p1")), "Crews are out today.")
                .andExpect(status().isAccepted()));
        awaitReply(replyId, "SENT at://did:plc:council/app.bsky.feed.post/r1");
        api.verify(1, postRequestedFor(urlPathEqualTo(CREATE_RECORD))
                .withRequestBody(matchingJsonPath("$.record.text", equalTo("Crews are out today.")))
                .withRequestBody(matchingJsonPath("$.record.reply.root.uri", equalTo(BlueskyJson.uri("root"))))
                .withRequestBody(matchingJsonPath("$.record.reply.root.cid", equalTo("cid-root")))
                .withRequestBody(matchingJsonPath("$.record.reply.parent.uri", equalTo(BlueskyJson.uri("p1"))))
                .withRequestBody(matchingJsonPath("$.record.reply.parent.cid", equalTo("cid-p1"))));
    }

    private static void mentions(String sinceId, String maxId, ResponseDefinitionBuilder answer) {
        api.stubFor(get(urlPathEqualTo(MENTIONS))
                .withQueryParam("since_id", sinceId == null ? absent() : equalTo(sinceId))
                .withQueryParam("max_id", maxId == null ? absent() : equalTo(maxId))
                .willReturn(answer));
    }

    private static int requestsWithoutSinceId() {
        return api.findAll(getRequestedFor(urlPathEqualTo(MENTIONS)).withQueryParam("since_id", absent())).size();
    }

    private void awaitSocialContacts(String network, String... channelMessageIds) {
        await().atMost(WAIT).until(() -> socialContacts(network).size() >= channelMessageIds.length);
        assertThat(socialContacts(network)).containsExactlyInAnyOrder(channelMessageIds);
    }

    /** The channel message ids of the network's contacts, one per case. */
    private List<String> socialContacts(String network) {
        return jdbc.sql("""
                        select m.channel_message_id from contact m join cases c on c.id = m.case_id
                        where m.channel = 'SOCIAL' and m.source = :n and c.channel = 'SOCIAL'""")
                .param("n", network).query(String.class).list();
    }

    private Instant openedAt(String channelMessageId) {
        return jdbc.sql("select c.opened_at from contact m join cases c on c.id = m.case_id"
                        + " where m.channel_message_id = :id").param("id", channelMessageId)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant()).single();
    }

    private String checkpoint(String key) {
        return jdbc.sql("select checkpoint_value from channel_checkpoint where checkpoint_key = :k").param("k", key)
                .query(String.class).optional().orElse(null);
    }
}
