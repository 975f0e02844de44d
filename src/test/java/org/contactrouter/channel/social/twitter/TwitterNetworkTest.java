package org.contactrouter.channel.social.twitter;

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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contactrouter.channel.social.twitter.TwitterJson.CITIZEN_ID;
import static org.contactrouter.channel.social.twitter.TwitterJson.COUNCIL_ID;

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
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;

/** twitter4j against WireMock playing the X v1.1 API on loopback. */
class TwitterNetworkTest extends SocialNetworkClientTest {

    private static final String MENTIONS = "/1.1/statuses/mentions_timeline.json";
    private static final String DM_LIST = "/1.1/direct_messages/events/list.json";
    private static final Instant NOW = Instant.parse("2026-01-14T10:00:00Z");
    private static final String KEY = SocialPoller.checkpointKey("twitter");

    TwitterNetworkTest() {
        super(NOW);
    }

    @Test
    void pagesThroughEveryMentionNewerThanTheCheckpointOldestFirst() throws Exception {
        store().save(KEY, "mentions=1000;dm=0");
        mentionsPage("1000", null, okJson(TwitterJson.mentions(1004, 1003)));
        mentionsPage("1000", "1002", okJson(TwitterJson.mentions(1002, 1001)));
        mentionsPage("1000", "1000", okJson("[]"));

        PollOutcome outcome = poller(false).pollOnce();

        assertThat(outcome.delivered()).isEqualTo(4);
        assertThat(receivedIds()).containsExactly("1001", "1002", "1003", "1004");
        assertThat(store().load(KEY)).contains("mentions=1004;dm=0");
        api.verify(3, getRequestedFor(urlPathEqualTo(MENTIONS)).withQueryParam("count", equalTo("2")));
    }

    @Test
    void turnsAMentionIntoASocialContact() throws Exception {
        mentionsPage(null, null, okJson(TwitterJson.array(
                TwitterJson.status(1001, 5, "@ExampleCouncil still no bin collection, CR-2026-000123", 777L))));
        mentionsPage(null, "1000", okJson("[]"));

        poller(false).pollOnce();

        assertThat(received).singleElement().satisfies(contact -> {
            assertThat(contact.channel()).isEqualTo(Channel.SOCIAL);
            assertThat(contact.source()).isEqualTo("twitter");
            assertThat(contact.channelMessageId()).isEqualTo("1001");
            assertThat(contact.sender().displayName()).isEqualTo("Jo Bloggs");
            assertThat(contact.sender().identities()).containsExactly(Identity.social("twitter", "jobloggs"));
            assertThat(contact.receivedAt()).isEqualTo(Instant.parse("2026-01-14T09:05:00Z"));
            assertThat(contact.body()).isEqualTo("@ExampleCouncil still no bin collection, CR-2026-000123");
            assertThat(contact.caseReferenceHint()).isEqualTo("CR-2026-000123");
            assertThat(contact.conversationIds()).containsExactly("777");
            assertThat(contact.attributes()).containsEntry(SocialAttributes.KIND, SocialAttributes.KIND_MENTION)
                    .containsEntry(SocialAttributes.POST_ID, "1001")
                    .containsEntry(SocialAttributes.AUTHOR_ID, Long.toString(CITIZEN_ID));
        });
    }

    @Test
    void eachMentionBecomesExactlyOneContactAcrossARestart() throws Exception {
        mentionsPage(null, null, okJson(TwitterJson.mentions(1002, 1001)));
        mentionsPage(null, "1000", okJson("[]"));
        poller(false).pollOnce();

        // After a restart: new network, poller and store objects over the same database.
        mentionsPage("1002", null, okJson(TwitterJson.mentions(1003)));
        mentionsPage("1002", "1002", okJson("[]"));
        mentionsPage("1003", null, okJson("[]"));
        poller(false).pollOnce();
        poller(false).pollOnce();

        assertThat(receivedIds()).containsExactly("1001", "1002", "1003");
        assertThat(store().load(KEY)).contains("mentions=1003;dm=0");
    }

    @Test
    void aPollWhoseContactsWereNotAllEnqueuedIsRepeated() throws Exception {
        mentionsPage(null, null, okJson(TwitterJson.mentions(1002, 1001)));
        mentionsPage(null, "1000", okJson("[]"));
        SocialPoller failing = new SocialPoller(network(false), store(), contact -> {
            throw new IllegalStateException("queue unavailable");
        }, clock);

        assertThatThrownBy(failing::pollOnce).hasMessage("queue unavailable");
        assertThat(store().load(KEY)).isEmpty();

        poller(false).pollOnce();
        assertThat(receivedIds()).containsExactly("1001", "1002");
    }

    @Test
    void a429PausesPollingUntilTheResetWithoutCallingX() throws Exception {
        Instant reset = NOW.plus(Duration.ofMinutes(10));
        api.stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(aResponse().withStatus(429)
                .withHeader("x-rate-limit-limit", "75")
                .withHeader("x-rate-limit-remaining", "0")
                .withHeader("x-rate-limit-reset", Long.toString(reset.getEpochSecond()))
                .withHeader("Content-Type", "application/json")
                .withBody(TwitterJson.errors(88, "Rate limit exceeded"))));
        SocialPoller poller = poller(false);

        PollOutcome limited = poller.pollOnce();
        assertThat(limited.health().state()).isEqualTo(ChannelHealth.State.RATE_LIMITED);
        assertThat(limited.health().until()).isEqualTo(reset);

        clock.advance(Duration.ofMinutes(9));
        PollOutcome skipped = poller.pollOnce();
        assertThat(skipped.called()).isFalse();
        assertThat(poller.health().state()).isEqualTo(ChannelHealth.State.RATE_LIMITED);
        api.verify(1, getRequestedFor(urlPathEqualTo(MENTIONS)));

        clock.advance(Duration.ofMinutes(2));
        api.resetMappings();
        api.stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(okJson("[]")));
        PollOutcome resumed = poller.pollOnce();
        assertThat(resumed.called()).isTrue();
        assertThat(resumed.health()).isEqualTo(ChannelHealth.up());
        api.verify(2, getRequestedFor(urlPathEqualTo(MENTIONS)));
    }

    @Test
    void aLowRemainingAllowanceDeliversThenBacksOffUntilTheReset() throws Exception {
        Instant reset = NOW.plus(Duration.ofMinutes(3));
        mentionsPage(null, null, okJson(TwitterJson.mentions(1001)).withHeader("x-rate-limit-limit", "75")
                .withHeader("x-rate-limit-remaining", "1")
                .withHeader("x-rate-limit-reset", Long.toString(reset.getEpochSecond())));
        mentionsPage(null, "1000", okJson("[]"));
        SocialPoller poller = poller(false);

        PollOutcome outcome = poller.pollOnce();

        assertThat(receivedIds()).containsExactly("1001");
        assertThat(store().load(KEY)).contains("mentions=1001;dm=0");
        assertThat(outcome.health()).isEqualTo(ChannelHealth.rateLimited(reset, "only 1 calls left until " + reset));
        assertThat(poller.pollOnce().called()).isFalse();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {403, 453})
    void error453MeansTheEndpointIsNotOnThePlan(int status) throws Exception {
        String message = "You currently have access to a subset of X API V2 endpoints and limited v1.1 endpoints";
        api.stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(TwitterJson.errors(453, message))));

        PollOutcome outcome = poller(false).pollOnce();

        assertThat(outcome.health().state()).isEqualTo(ChannelHealth.State.ACCESS_DENIED);
        assertThat(outcome.health().message()).contains("453").contains(message);
        assertThat(received).isEmpty();
        assertThat(store().load(KEY)).isEmpty();
    }

    @Test
    void a401MeansTheTokensWereRefused() throws Exception {
        api.stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(TwitterJson.errors(89, "Invalid or expired token."))));

        PollOutcome outcome = poller(false).pollOnce();

        assertThat(outcome.health().state()).isEqualTo(ChannelHealth.State.UNAUTHORISED);
        assertThat(outcome.health().message()).contains("Invalid or expired token.");
    }

    @Test
    void aServerErrorIsDownNotAnEmptyPoll() {
        api.stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> network(false).poll(null))
                .isInstanceOfSatisfying(SocialNetworkException.class,
                        e -> assertThat(e.health().state()).isEqualTo(ChannelHealth.State.DOWN));
    }

    @Test
    void takesInDirectMessagesButNotTheOnesTheCouncilSent() throws Exception {
        long sentAt = Instant.parse("2026-01-14T09:30:00Z").toEpochMilli();
        api.stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(okJson("[]")));
        api.stubFor(get(urlPathEqualTo(DM_LIST)).willReturn(okJson("{\"events\": " + TwitterJson.array(
                TwitterJson.directMessage(2003, COUNCIL_ID, CITIZEN_ID, sentAt + 60_000, "We are on it"),
                TwitterJson.directMessage(2002, CITIZEN_ID, COUNCIL_ID, sentAt, "Private: my address, CR-2026-000077"))
                + "}")));
        api.stubFor(get(urlPathEqualTo("/1.1/users/lookup.json")).willReturn(okJson(
                TwitterJson.array(TwitterJson.council(), TwitterJson.citizen()))));

        poller(true).pollOnce();

        assertThat(received).singleElement().satisfies(contact -> {
            assertThat(contact.channelMessageId()).isEqualTo("dm-2002");
            assertThat(contact.receivedAt()).isEqualTo(Instant.ofEpochMilli(sentAt));
            assertThat(contact.sender().identities()).containsExactly(Identity.social("twitter", "jobloggs"));
            assertThat(contact.caseReferenceHint()).isEqualTo("CR-2026-000077");
            assertThat(contact.attributes()).containsEntry(SocialAttributes.KIND, SocialAttributes.KIND_DM)
                    .containsEntry(SocialAttributes.AUTHOR_ID, Long.toString(CITIZEN_ID));
        });
        assertThat(store().load(KEY)).contains("mentions=0;dm=2003");
    }

    @Test
    void repliesUnderTheCitizensPost() throws Exception {
        api.stubFor(post(urlPathEqualTo("/1.1/statuses/update.json")).willReturn(okJson(
                TwitterJson.status(5001, 10, "@JoBloggs booked for Friday", 1001L))));
        Contact mention = TwitterContacts.mention(twitter4j.TwitterObjectFactory.createStatus(TwitterJson.mention(1001)));

        var result = network(false).reply(ReplyRequest.to(mention, "Booked for Friday"));

        assertThat(result.messageId()).isEqualTo("5001");
        api.verify(1, postRequestedFor(urlPathEqualTo("/1.1/statuses/update.json"))
                .withRequestBody(containing("in_reply_to_status_id=1001"))
                .withRequestBody(containing("auto_populate_reply_metadata=true"))
                .withRequestBody(containing("status=Booked%20for%20Friday")));
    }

    @Test
    void answersADirectMessageByDirectMessage() throws Exception {
        api.stubFor(post(urlPathEqualTo("/1.1/direct_messages/events/new.json")).willReturn(okJson("{\"event\": "
                + TwitterJson.directMessage(3001, COUNCIL_ID, CITIZEN_ID, NOW.toEpochMilli(), "Thanks") + "}")));
        ReplyRequest request = new ReplyRequest("Thanks", Map.of(SocialAttributes.KIND, SocialAttributes.KIND_DM,
                SocialAttributes.AUTHOR_ID, Long.toString(CITIZEN_ID)));

        assertThat(network(false).reply(request).messageId()).isEqualTo("dm-3001");
        api.verify(1, postRequestedFor(urlPathEqualTo("/1.1/direct_messages/events/new.json"))
                .withRequestBody(matchingJsonPath("$.event.message_create.target.recipient_id", equalTo("42")))
                .withRequestBody(matchingJsonPath("$.event.message_create.message_data.text", equalTo("Thanks"))));
    }

    @Test
    void refusesATooLongReplyWithoutCallingX() {
        TwitterNetwork network = network(false);
        ReplyRequest request = new ReplyRequest("x".repeat(281), Map.of(SocialAttributes.KIND,
                SocialAttributes.KIND_MENTION, SocialAttributes.POST_ID, "1001"));

        assertThat(network.validateReply("x".repeat(280))).isEmpty();
        assertThat(network.validateReply("x".repeat(281))).contains(
                "Replies on twitter can be at most 280 characters; this one is 281. Remove 1 characters or reply"
                        + " by another channel.");
        assertThatThrownBy(() -> network.reply(request)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 280");
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    private void mentionsPage(String sinceId, String maxId, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        MappingBuilder request = get(urlPathEqualTo(MENTIONS))
                .withQueryParam("since_id", param(sinceId))
                .withQueryParam("max_id", param(maxId));
        api.stubFor(request.willReturn(answer));
    }

    private static StringValuePattern param(String value) {
        return value == null ? absent() : equalTo(value);
    }

    private List<String> receivedIds() {
        return received.stream().map(Contact::channelMessageId).toList();
    }

    private TwitterNetwork network(boolean directMessages) {
        return new TwitterNetwork(new TwitterSettings(api.baseUrl() + "/1.1/", "consumer-key", "consumer-secret",
                "access-token", "access-secret", "ExampleCouncil", directMessages, 2, 5, 2), clock);
    }

    private SocialPoller poller(boolean directMessages) {
        return pollerOf(network(directMessages));
    }
}
