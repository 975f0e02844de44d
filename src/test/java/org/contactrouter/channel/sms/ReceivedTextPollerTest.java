package org.contactrouter.channel.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import org.contactrouter.channel.social.ChannelHealth;
import org.contactrouter.channel.social.JdbcCheckpointStore;
import org.contactrouter.channel.social.TestDatabase;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.service.notify.NotificationClient;

/**
 * Reading GOV.UK Notify's received text messages: WireMock on loopback plays GET /v2/received-text-messages (newest
 * first, paged with older_than), the checkpoint is the real JDBC store on H2. Every text is handed on once, oldest
 * first, across pages and polls; a sink failure keeps the checkpoint so the texts are read again; Notify's refusals
 * become the channel's health.
 */
class ReceivedTextPollerTest {

    private static final String TEXTS = "/v2/received-text-messages";
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private WireMockServer notify;
    private JdbcCheckpointStore checkpoints;
    private final List<Contact> handedOn = new ArrayList<>();
    private ReceivedTextPoller poller;

    @BeforeEach
    void start() {
        notify = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        notify.start();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        checkpoints = new JdbcCheckpointStore(TestDatabase.migratedH2(), clock);
        poller = new ReceivedTextPoller(
                new NotificationClient("ccr_test-" + UUID.randomUUID() + "-" + UUID.randomUUID(), notify.baseUrl()),
                checkpoints, handedOn::add, clock);
    }

    @AfterEach
    void stop() {
        notify.stop();
    }

    @Test
    void theFirstPollReadsEveryPageAndHandsTheTextsOnOldestFirst() throws Exception {
        Text newest = text("447700900111", "Bin not collected on Elm Road, ref CR-2026-000123");
        Text middle = text("447700900222", "Pothole outside number 4");
        Text oldest = text("447700900333", "When is the library open?");
        notify.stubFor(page(null).willReturn(okJson(list(true, newest, middle))));
        notify.stubFor(page(middle.id).willReturn(okJson(list(false, oldest))));

        assertThat(poller.pollOnce().delivered()).isEqualTo(3);

        assertThat(handedOn).extracting(Contact::channelMessageId).containsExactly(oldest.id, middle.id, newest.id);
        assertThat(poller.checkpoint()).contains(newest.id);
        Contact first = handedOn.get(2);
        assertThat(first.channel()).isEqualTo(Channel.SMS);
        assertThat(first.sender().identities()).containsExactly(Identity.phone("+447700900111"));
        assertThat(first.body()).isEqualTo("Bin not collected on Elm Road, ref CR-2026-000123");
        assertThat(first.caseReferenceHint()).isEqualTo("CR-2026-000123");
        assertThat(first.receivedAt()).isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
        assertThat(first.attributes()).containsEntry(ReceivedTextContacts.COUNCIL_NUMBER, "07700900000");
        assertThat(poller.health().isUp()).isTrue();
    }

    @Test
    void aLaterPollStopsAtTheLastTextReadAndHandsOnOnlyNewerOnes() throws Exception {
        Text seen = text("447700900111", "first");
        notify.stubFor(page(null).willReturn(okJson(list(false, seen))));
        poller.pollOnce();
        Text later = text("447700900111", "second");
        Text latest = text("447700900444", "third");
        notify.stubFor(page(null).willReturn(okJson(list(true, latest, later, seen))));

        assertThat(poller.pollOnce().delivered()).isEqualTo(2);

        assertThat(handedOn).extracting(Contact::body).containsExactly("first", "second", "third");
        assertThat(poller.checkpoint()).contains(latest.id);
        assertThat(notify.findAll(getRequestedFor(urlPathEqualTo(TEXTS)).withQueryParam("older_than", equalTo(seen.id))))
                .as("no page beyond the last text read").isEmpty();
        notify.stubFor(page(null).willReturn(okJson(list(false, latest, later, seen))));
        assertThat(poller.pollOnce().delivered()).as("nothing new").isZero();
    }

    @Test
    void whenTheSinkFailsTheCheckpointStaysAndTheSameTextsAreReadAgain() throws Exception {
        Text text = text("447700900111", "Streetlight out");
        notify.stubFor(page(null).willReturn(okJson(list(false, text))));
        ReceivedTextPoller failing = new ReceivedTextPoller(
                new NotificationClient("ccr_test-" + UUID.randomUUID() + "-" + UUID.randomUUID(), notify.baseUrl()),
                checkpoints, contact -> {
                    throw new IllegalStateException("broker unavailable");
                }, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(failing::pollOnce).hasMessage("broker unavailable");
        assertThat(failing.checkpoint()).isEmpty();

        assertThat(poller.pollOnce().delivered()).isEqualTo(1);
        assertThat(handedOn).extracting(Contact::channelMessageId).containsExactly(text.id);
    }

    @Test
    void aNumberThatIsNotAPhoneNumberStillBecomesAContactThatCannotBeTextedBack() throws Exception {
        notify.stubFor(page(null).willReturn(okJson(list(false, text("COUNCILTAX", "Sent from a short code")))));

        poller.pollOnce();

        assertThat(handedOn).singleElement().satisfies(contact -> {
            assertThat(contact.sender().isAnonymous()).isTrue();
            assertThat(contact.attributes()).containsEntry(ReceivedTextContacts.UNREADABLE_SENDER, "COUNCILTAX");
        });
    }

    @Test
    void aRefusedKeyIsUnauthorisedAndNothingIsRead() throws Exception {
        notify.stubFor(page(null).willReturn(refusal(403, "AuthError", "Invalid token: API key not found")));

        assertThat(poller.pollOnce().delivered()).isZero();

        assertThat(poller.health().state()).isEqualTo(ChannelHealth.State.UNAUTHORISED);
        assertThat(poller.health().message()).contains("CCR_NOTIFY_API_KEY", "AuthError: Invalid token: API key not found");
        assertThat(poller.checkpoint()).isEmpty();
    }

    @Test
    void aRateLimitHoldsTheNextPollsBackUntilItEnds() throws Exception {
        notify.stubFor(page(null).willReturn(refusal(429, "RateLimitError", "Exceeded rate limit")));

        poller.pollOnce();
        boolean called = poller.pollOnce().called();

        assertThat(poller.health().state()).isEqualTo(ChannelHealth.State.RATE_LIMITED);
        assertThat(poller.health().until()).isEqualTo(NOW.plusSeconds(60));
        assertThat(called).isFalse();
        assertThat(notify.findAll(getRequestedFor(urlPathEqualTo(TEXTS)))).hasSize(1);
    }

    @Test
    void aServerErrorIsDownAndTheNextPollRecovers() throws Exception {
        notify.stubFor(page(null).willReturn(refusal(500, "Exception", "Internal server error")));
        poller.pollOnce();
        assertThat(poller.health().state()).isEqualTo(ChannelHealth.State.DOWN);

        notify.stubFor(page(null).willReturn(okJson(list(false, text("447700900111", "hello")))));
        poller.pollOnce();

        assertThat(poller.health().isUp()).isTrue();
        assertThat(handedOn).hasSize(1);
    }

    // --- Notify as WireMock plays it ------------------------------------------------------------------------------

    private record Text(String id, String userNumber, String content) {
    }

    private static Text text(String userNumber, String content) {
        return new Text(UUID.randomUUID().toString(), userNumber, content);
    }

    private static MappingBuilder page(String olderThan) {
        return get(urlPathEqualTo(TEXTS)).withQueryParam("older_than", olderThan == null ? absent() : equalTo(olderThan));
    }

    private String list(boolean hasNext, Text... newestFirst) {
        String texts = java.util.Arrays.stream(newestFirst).map(t -> """
                {"id": "%s", "user_number": "%s", "notify_number": "07700900000", "content": "%s",
                 "created_at": "2026-12-07T09:00:00.000000Z", "service_id": "%s"}"""
                .formatted(t.id, t.userNumber, t.content, UUID.randomUUID())).collect(Collectors.joining(","));
        String last = newestFirst.length == 0 ? "" : newestFirst[newestFirst.length - 1].id;
        String next = hasNext ? ", \"next\": \"" + notify.baseUrl() + TEXTS + "?older_than=" + last + "\"" : "";
        return "{\"received_text_messages\": [" + texts + "], \"links\": {\"current\": \"" + notify.baseUrl() + TEXTS
                + "\"" + next + "}}";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder refusal(int status, String error,
                                                                                           String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
                {"errors": [{"error": "%s", "message": "%s"}], "status_code": %d}""".formatted(error, message, status));
    }
}
