package org.contactrouter.channel.social.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.contactrouter.channel.social.SocialApplicationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The Meta channel end to end: signed webhooks posted to /webhooks/meta become cases through the social queue on the
 * embedded broker and H2, and officers' replies go out through the outbound queue to WireMock playing the Graph API,
 * whose token check (every 200 ms) feeds the channel's health.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MetaChannelTest extends SocialApplicationTest {

    private static final String APP_SECRET = "app-secret-for-tests";
    private static final String VERIFY_TOKEN = "verify-token-for-tests";
    private static final String SEND = "/v21.0/me/messages";
    private static final String ME = "/v21.0/me";

    private static final WireMockServer graph = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    @DynamicPropertySource
    static void meta(DynamicPropertyRegistry registry) {
        graph.start();
        String meta = "ccr.channels.social.meta.";
        registry.add(meta + "enabled", () -> "true");
        registry.add(meta + "graph-base-url", graph::baseUrl);
        registry.add(meta + "app-secret", () -> APP_SECRET);
        registry.add(meta + "verify-token", () -> VERIFY_TOKEN);
        registry.add(meta + "page-access-token", () -> "page-token");
        registry.add(meta + "health-check-interval", () -> "200ms");
        // A valid token until a test says otherwise (its stubs take precedence).
        graph.stubFor(get(urlPathEqualTo(ME)).atPriority(10).willReturn(okJson("{\"id\": \"" + MetaJson.PAGE_ID
                + "\"}")));
    }

    @AfterAll
    static void stopServer() {
        graph.stop();
    }

    @Test
    void theSubscriptionHandshakeEchoesTheChallengeOnlyForOurVerifyToken() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/webhooks/meta").param("hub.mode", "subscribe").param("hub.verify_token", VERIFY_TOKEN)
                        .param("hub.challenge", "1158201444"))
                .andExpect(status().isOk()).andExpect(content().string("1158201444"));
        mvc.perform(MockMvcRequestBuilders.get("/webhooks/meta").param("hub.mode", "subscribe").param("hub.verify_token", "guess")
                        .param("hub.challenge", "1158201444"))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/webhooks/meta").param("hub.mode", "unsubscribe").param("hub.verify_token", VERIFY_TOKEN)
                        .param("hub.challenge", "1158201444"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWebhookWithoutTheAppsSignatureIsRefusedWith401AndTheReason() throws Exception {
        String psid = psid();
        String body = MetaJson.webhook("page", MetaJson.message(psid, "m_forged_" + psid, Instant.now(), "Hello"));

        mvc.perform(MockMvcRequestBuilders.post("/webhooks/meta").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("X-Hub-Signature-256", MetaJson.signature("another app's secret", body)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value(
                        "X-Hub-Signature-256 does not match the body: not signed with this app's secret"));
        mvc.perform(MockMvcRequestBuilders.post("/webhooks/meta").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("no X-Hub-Signature-256 header: Meta signs every webhook"));

        // A good webhook posted after them is stored; the forged one, queued before it if at all, is not.
        String later = "m_later_" + psid;
        deliver(MetaJson.webhook("page", MetaJson.message(psid, later, Instant.now(), "Hello again")));
        awaitContact(later);
        assertThat(contacts("m_forged_" + psid)).isZero();
    }

    @Test
    void aRedeliveredMessageIsOneCaseAndItsReplyGoesOutInsideTheWindow() throws Exception {
        String psid = psid();
        String mid = "m_bins_" + psid;
        String webhook = MetaJson.webhook("page", MetaJson.message(psid, mid, Instant.now().minus(Duration.ofHours(1)),
                "My bin was missed on Tuesday"));
        deliver(webhook);
        deliver(webhook);
        // Meta redelivers until it gets a 200; a later message on the same queue marks when both were taken in.
        String marker = "m_marker_" + psid;
        deliver(MetaJson.webhook("instagram", MetaJson.message(psid(), marker, Instant.now(), "Hi")));
        awaitContact(marker);
        assertThat(contacts(mid)).isEqualTo(1);
        String reference = referenceOf(mid);
        assertThat(caseColumn(reference, "channel")).isEqualTo("SOCIAL");

        graph.stubFor(post(urlPathEqualTo(SEND)).withRequestBody(matchingJsonPath("$.recipient.id", equalTo(psid)))
                .willReturn(okJson(MetaJson.sent(psid, "m_reply_" + psid))));
        transferTo(OFFICER, reference);
        // The message was sent an hour ago: under 23 hours are left (a minute or two less on a slow run).
        assertThat(casePage(reference)).containsPattern("22 hours 5[0-9] minutes left to reply")
                .contains("Replies can be sent for 24 hours after the last message from the citizen");

        long replyId = replyId(reply(reference, "A crew will collect it tomorrow.").andExpect(status().isAccepted()));

        awaitReply(replyId, "SENT m_reply_" + psid);
        graph.verify(1, postRequestedFor(urlPathEqualTo(SEND))
                .withHeader("Authorization", equalTo("Bearer page-token"))
                .withRequestBody(matchingJsonPath("$.recipient.id", equalTo(psid)))
                .withRequestBody(matchingJsonPath("$.messaging_type", equalTo("RESPONSE")))
                .withRequestBody(matchingJsonPath("$.message.text", equalTo("A crew will collect it tomorrow."))));
    }

    @Test
    void aReplyOutsideThe24HourWindowIsRefusedAndTheOfficerToldWhy() throws Exception {
        String psid = psid();
        String mid = "m_old_" + psid;
        Instant sent = Instant.now().minus(Duration.ofHours(25));
        deliver(MetaJson.webhook("page", MetaJson.message(psid, mid, sent, "Is anyone there?")));
        awaitContact(mid);
        String reference = referenceOf(mid);
        transferTo(OFFICER, reference);

        assertThat(casePage(reference)).contains("Reply window closed",
                "Reply by another channel, or answer when the citizen writes again.");
        reply(reference, "Sorry for the wait.")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("Replies on meta cannot be sent: meta takes replies only within"
                        + " 24 hours of the citizen's last message, received at " + Instant.ofEpochMilli(sent.toEpochMilli())
                        + "; the window closed at " + Instant.ofEpochMilli(sent.toEpochMilli()).plus(Duration.ofHours(24))
                        + ". Reply by another channel, or answer when the citizen writes again."));
        assertThat(graph.findAll(postRequestedFor(urlPathEqualTo(SEND))
                .withRequestBody(matchingJsonPath("$.recipient.id", equalTo(psid))))).isEmpty();
    }

    @Test
    void anInvalidTokenFailsTheReplyAndPutsTheChannelOutOfServiceThenARateLimitShowsUntilItEnds() throws Exception {
        String psid = psid();
        String mid = "m_token_" + psid;
        deliver(MetaJson.webhook("page", MetaJson.message(psid, mid, Instant.now(), "Pothole on Mill Lane")));
        awaitContact(mid);
        String reference = referenceOf(mid);
        String invalidToken = MetaJson.error(190, 460, "OAuthException",
                "Error validating access token: The session has been invalidated because the user changed their password");
        graph.stubFor(get(urlPathEqualTo(ME)).atPriority(1).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(invalidToken)));
        graph.stubFor(post(urlPathEqualTo(SEND)).withRequestBody(matchingJsonPath("$.recipient.id", equalTo(psid)))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody(invalidToken)));
        String reason = "Meta Graph HTTP 400 error 190/460: Error validating access token: The session has been"
                + " invalidated because the user changed their password: make a new page access token and set"
                + " CCR_META_PAGE_ACCESS_TOKEN";

        long replyId = replyId(reply(reference, "We will look at it this week.").andExpect(status().isAccepted()));
        awaitReply(replyId, "FAILED ");
        assertThat(jdbc.sql("select last_error from reply where id = :id").param("id", replyId).query(String.class)
                .single()).isEqualTo(reason);
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(MockMvcRequestBuilders.get("/actuator/health").with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(jsonPath("$.components.meta.status").value("OUT_OF_SERVICE"))
                .andExpect(jsonPath("$.components.meta.details.state").value("UNAUTHORISED"))
                .andExpect(jsonPath("$.components.meta.details.message").value(reason)));
        assertThat(dashboard()).contains("UNAUTHORISED", reason);

        graph.stubFor(get(urlPathEqualTo(ME)).atPriority(1).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withBody(MetaJson.error(4, null, "OAuthException", "Application request limit reached"))));
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(MockMvcRequestBuilders.get("/actuator/health").with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(jsonPath("$.components.meta.status").value("UP"))
                .andExpect(jsonPath("$.components.meta.details.state").value("RATE_LIMITED"))
                .andExpect(jsonPath("$.components.meta.details.until").exists())
                .andExpect(jsonPath("$.components.meta.details.message").value("Meta Graph HTTP 429 error 4:"
                        + " Application request limit reached: waiting before calling again")));
        assertThat(dashboard()).contains("RATE LIMITED", "Application request limit reached");
    }

    /** A page-scoped id of a person no other test uses. */
    private static String psid() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
    }

    private void deliver(String webhook) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/webhooks/meta").contentType(MediaType.APPLICATION_JSON).content(webhook)
                        .header("X-Hub-Signature-256", MetaJson.signature(APP_SECRET, webhook)))
                .andExpect(status().isOk());
    }

    private void awaitContact(String mid) {
        await().atMost(WAIT).until(() -> contacts(mid) == 1);
    }

    /** How many stored contacts, each with its case, carry this message id. */
    private long contacts(String mid) {
        return jdbc.sql("""
                        select count(*) from contact m join cases c on c.id = m.case_id
                        where m.channel = 'SOCIAL' and m.source = 'meta' and m.channel_message_id = :mid""")
                .param("mid", mid).query(Long.class).single();
    }

    private String casePage(String reference) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/workspace/cases/" + reference).with(user(OFFICER).roles("OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String dashboard() throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/supervisor").with(user("sup").roles("SUPERVISOR", "OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
