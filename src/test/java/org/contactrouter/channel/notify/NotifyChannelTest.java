package org.contactrouter.channel.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.contactrouter.ApplicationTest;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/**
 * The email channel sending through GOV.UK Notify, end to end: WireMock on loopback plays Notify's API
 * (POST /v2/notifications/email, GET /v2/notifications/{id}); a web contact with an email address is acknowledged
 * and an officer's reply goes out with the council's templates, and each ends SENT, delivered or FAILED on the case
 * as Notify answers: refusals (400, 403) fail at once with Notify's reason, a rate limit and a server error are
 * retried, and a permanent failure read back afterwards marks the sent reply failed.
 */
@DirtiesContext // the context polls these servers, which stop with the class
class NotifyChannelTest extends ApplicationTest {

    private static final String EMAIL = "/v2/notifications/email";
    private static final String STANDARD = "We aim to reply within 3 working days.";
    private static final String ACKNOWLEDGEMENT = UUID.randomUUID().toString();
    private static final String REPLY = UUID.randomUUID().toString();
    private static final String REPLY_CY = UUID.randomUUID().toString();

    /** Started per class (PostgresNotifyChannelTest runs the same tests against its own): read only once running. */
    private static WireMockServer notify;
    /** The council's mailbox, which the email channel reads whichever sender it uses. */
    private static GreenMail imap;

    @BeforeAll
    static void startServers() {
        notify = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        notify.start();
        imap = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        imap.start();
        imap.setUser("council@council.example", "council", "mailbox-secret");
    }

    @DynamicPropertySource
    static void emailThroughNotify(DynamicPropertyRegistry registry) {
        String mailbox = "ccr.channels.email.mailboxes[0].";
        registry.add("ccr.channels.email.enabled", () -> "true");
        registry.add(mailbox + "name", () -> "general");
        registry.add(mailbox + "protocol", () -> "imap");
        registry.add(mailbox + "host", () -> "127.0.0.1");
        registry.add(mailbox + "port", () -> imap.getImap().getPort());
        registry.add(mailbox + "username", () -> "council");
        registry.add(mailbox + "password", () -> "mailbox-secret");
        registry.add(mailbox + "address", () -> "council@council.example");
        registry.add("ccr.channels.email.acknowledgements.standard.web", () -> STANDARD);
        registry.add("ccr.channels.email.council-name", () -> "Test Council");
        registry.add("ccr.channels.email.sender", () -> "notify");
        String notifySettings = "ccr.channels.notify.";
        registry.add(notifySettings + "api-key", () -> "ccr_test-" + UUID.randomUUID() + "-" + UUID.randomUUID());
        registry.add(notifySettings + "base-url", () -> notify.baseUrl());
        registry.add(notifySettings + "email-templates.acknowledgement.en", () -> ACKNOWLEDGEMENT);
        registry.add(notifySettings + "email-templates.reply.en", () -> REPLY);
        registry.add(notifySettings + "email-templates.reply.cy", () -> REPLY_CY);
        registry.add(notifySettings + "status-poll-interval", () -> "200ms");
        registry.add("ccr.replies.redelivery-delay", () -> "300ms");
    }

    @AfterAll
    static void stopServers() {
        notify.stop();
        imap.stop();
    }

    @Test
    void theAcknowledgementAndTheOfficersReplyGoThroughTheTemplatesAndTheReplyIsShownDelivered() throws Exception {
        String citizen = address("jo");
        String acknowledgementId = accepted(citizen, ACKNOWLEDGEMENT);
        String replyId = accepted(citizen, REPLY);
        notify.stubFor(get(urlPathEqualTo("/v2/notifications/" + replyId)).willReturn(okJson(notification(replyId, "delivered", citizen))));

        String reference = webCase(citizen, "Jo Bloggs");
        records.awaitReply(reference, "ACKNOWLEDGEMENT", "SENT");
        assertThat(records.replyColumn(reference, "ACKNOWLEDGEMENT", "channel_message_id"))
                .isEqualTo(acknowledgementId);
        JSONObject acknowledgement = sentTo(citizen, ACKNOWLEDGEMENT);
        assertThat(acknowledgement.getString("reference"))
                .isEqualTo(records.replyColumn(reference, "ACKNOWLEDGEMENT", "id"));
        assertThat(acknowledgement.getJSONObject("personalisation").getString("reference")).isEqualTo(reference);
        assertThat(acknowledgement.getJSONObject("personalisation").getString("body")).isEqualTo(STANDARD);

        replyAsOfficer(reference, "Your green bin will be emptied on Thursday.");
        records.awaitReply(reference, "REPLY", "SENT");
        assertThat(records.replyColumn(reference, "REPLY", "channel_message_id")).isEqualTo(replyId);
        JSONObject reply = sentTo(citizen, REPLY);
        assertThat(reply.getString("reference")).isEqualTo(records.replyColumn(reference, "REPLY", "id"));
        JSONObject personalisation = reply.getJSONObject("personalisation");
        assertThat(personalisation.getString("subject")).isEqualTo("[" + reference + "] Re: Green bin");
        assertThat(personalisation.getString("body")).isEqualTo("Your green bin will be emptied on Thursday.");
        assertThat(personalisation.getString("citizen_name")).isEqualTo("Jo Bloggs");
        assertThat(personalisation.getString("officer_name")).isEqualTo(OFFICER);
        assertThat(personalisation.getString("council_name")).isEqualTo("Test Council");
        assertThat(notify.findAll(postRequestedFor(urlPathEqualTo(EMAIL))).get(0).getHeader("Authorization"))
                .as("Notify's JWT").startsWith("Bearer ey");

        await().atMost(WAIT).until(() -> records.events(reference, "REPLY_DELIVERED").size() == 1);
        assertThat(records.events(reference, "REPLY_DELIVERED")).singleElement().asString()
                .isEqualTo("reply delivered to the citizen by GOV.UK Notify");
        assertThat(records.casePage(reference)).contains(">Sent<").doesNotContain(">Failed<");
    }

    @Test
    void aWelshCaseIsAnsweredWithTheWelshTemplateAndGreetedInWelsh() throws Exception {
        String citizen = address("cymraeg");
        accepted(citizen, ACKNOWLEDGEMENT);
        accepted(citizen, REPLY_CY);
        String reference = webCase(citizen, "");
        records.awaitReply(reference, "ACKNOWLEDGEMENT", "SENT");
        jdbc.sql("update cases set language = 'cy' where reference = :r").param("r", reference).update();

        replyAsOfficer(reference, "Bydd eich bin gwyrdd yn cael ei wagio ddydd Iau.");
        records.awaitReply(reference, "REPLY", "SENT");
        assertThat(sentTo(citizen, REPLY_CY).getJSONObject("personalisation").getString("citizen_name"))
                .isEqualTo("Syr neu Fadam");
    }

    @Test
    void aBadRequestFailsTheReplyAtOnceWithNotifysReasonAndTheOfficerIsToldWhatToDo() throws Exception {
        String citizen = address("bad");
        notify.stubFor(toNotify(citizen).willReturn(refusal(400, "ValidationError",
                "email_address Not a valid email address")));
        String phone = unusedDramaNumber();
        String reference = webCase(citizen, "Sam", phone);

        records.awaitReply(reference, "ACKNOWLEDGEMENT", "FAILED");
        replyAsOfficer(reference, "Your bin comes Thursday.");
        records.awaitReply(reference, "REPLY", "FAILED");

        assertThat(records.replyColumn(reference, "REPLY", "last_error"))
                .isEqualTo("GOV.UK Notify refused it (ValidationError: email_address Not a valid email address)");
        assertThat(notify.findAll(postRequestedFor(urlPathEqualTo(EMAIL))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo(REPLY)))
                .withRequestBody(matchingJsonPath("$.email_address", equalTo(citizen))))).as("never retried")
                .hasSize(1);
        assertThat(records.casePage(reference)).contains(">Failed<",
                "Not delivered: GOV.UK Notify refused it (ValidationError: email_address Not a valid email address).",
                "The citizen has not had this reply. Call them back on " + phone + " and record the call.");
    }

    @Test
    void aRefusedApiKeyFailsTheReplyAtOnceAndSaysWhoMustMendIt() throws Exception {
        String citizen = address("forbidden");
        notify.stubFor(toNotify(citizen).willReturn(refusal(403, "AuthError", "Invalid token: API key not found")));
        String reference = webCase(citizen, "Sam");

        records.awaitReply(reference, "ACKNOWLEDGEMENT", "FAILED");
        assertThat(records.replyColumn(reference, "ACKNOWLEDGEMENT", "last_error"))
                .isEqualTo("GOV.UK Notify refused the council's API key (AuthError: Invalid token: API key not found);"
                        + " an administrator must set CCR_NOTIFY_API_KEY to a live key of the council's Notify service");
        assertThat(records.replyColumn(reference, "ACKNOWLEDGEMENT", "attempts")).isEqualTo("0");
        assertThat(records.events(reference, "REPLY_FAILED")).singleElement().asString()
                .startsWith("acknowledgement not delivered: GOV.UK Notify refused the council's API key");
    }

    @Test
    void aRateLimitAndAServerErrorAreRetriedUntilNotifyTakesTheReply() throws Exception {
        String citizen = address("busy");
        accepted(citizen, ACKNOWLEDGEMENT);
        String scenario = "busy-" + citizen;
        notify.stubFor(toNotify(citizen, REPLY).inScenario(scenario).whenScenarioStateIs(STARTED)
                .willReturn(refusal(429, "RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per"
                        + " 60 seconds"))
                .willSetStateTo("rate limited"));
        notify.stubFor(toNotify(citizen, REPLY).inScenario(scenario).whenScenarioStateIs("rate limited")
                .willReturn(refusal(500, "Exception", "Internal server error"))
                .willSetStateTo("recovered"));
        String notificationId = UUID.randomUUID().toString();
        notify.stubFor(toNotify(citizen, REPLY).inScenario(scenario).whenScenarioStateIs("recovered")
                .willReturn(created(notificationId, REPLY)));
        String reference = webCase(citizen, "Sam");
        records.awaitReply(reference, "ACKNOWLEDGEMENT", "SENT");

        replyAsOfficer(reference, "Your bin comes Thursday.");
        records.awaitReply(reference, "REPLY", "SENT");
        assertThat(records.replyColumn(reference, "REPLY", "channel_message_id")).isEqualTo(notificationId);
        assertThat(records.events(reference, "REPLY_ATTEMPT_FAILED")).hasSize(2)
                .anySatisfy(detail -> assertThat(detail).contains("Status code: 429", "RateLimitError"))
                .anySatisfy(detail -> assertThat(detail).contains("Status code: 500"));
        assertThat(caseColumn(reference, "status")).isEqualTo("RESPONDED");
    }

    @Test
    void aPermanentFailureReadBackMarksTheSentReplyFailedAndPutsTheCaseBackInTheQueue() throws Exception {
        String citizen = address("gone");
        accepted(citizen, ACKNOWLEDGEMENT);
        String replyId = accepted(citizen, REPLY);
        notify.stubFor(get(urlPathEqualTo("/v2/notifications/" + replyId))
                .willReturn(okJson(notification(replyId, "permanent-failure", citizen))));
        String phone = unusedDramaNumber();
        String reference = webCase(citizen, "Sam", phone);
        records.awaitReply(reference, "ACKNOWLEDGEMENT", "SENT");

        replyAsOfficer(reference, "Your bin comes Thursday.");
        records.awaitReply(reference, "REPLY", "FAILED");
        String reason = "GOV.UK Notify reports a permanent failure: the citizen's email provider says the address does"
                + " not exist or will never accept mail";
        assertThat(records.replyColumn(reference, "REPLY", "last_error")).isEqualTo(reason);
        assertThat(records.events(reference, "REPLY_SENT")).hasSize(2);
        assertThat(records.events(reference, "REPLY_FAILED")).singleElement().asString()
                .isEqualTo("reply not delivered: " + reason + "; back in the shared queue");
        assertThat(caseColumn(reference, "status")).isEqualTo("QUEUED");
        assertThat(records.casePage(reference)).contains(">Failed<", HtmlUtils.htmlEscape("Not delivered: " + reason + "."),
                "Call them back on " + phone, "Undeliverable");
        // Sending to the address again would fail the same way: refused, with why, and no request reaches Notify.
        int sent = notify.findAll(postRequestedFor(urlPathEqualTo(EMAIL))).size();
        transferTo(OFFICER, reference);
        String refusal = mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases/" + reference + "/replies")
                        .with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Second try\"}"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refusal).contains("Messages to " + citizen + " cannot be delivered (" + reason + ")");
        assertThat(notify.findAll(postRequestedFor(urlPathEqualTo(EMAIL)))).hasSize(sent);
    }

    // --- Notify as WireMock plays it ------------------------------------------------------------------------------

    private static MappingBuilder toNotify(String citizen) {
        return post(urlPathEqualTo(EMAIL)).withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.email_address", equalTo(citizen)));
    }

    private static MappingBuilder toNotify(String citizen, String template) {
        return toNotify(citizen).withRequestBody(matchingJsonPath("$.template_id", equalTo(template)));
    }

    /** Notify takes emails to the citizen made from the template; returns the notification id it answers with. */
    private static String accepted(String citizen, String template) {
        String notificationId = UUID.randomUUID().toString();
        notify.stubFor(toNotify(citizen, template).willReturn(created(notificationId, template)));
        return notificationId;
    }

    private static ResponseDefinitionBuilder created(String notificationId, String template) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                {"id": "%s", "reference": null,
                 "content": {"subject": "Your contact", "body": "Dear Jo", "from_email": "council@notifications.service.gov.uk"},
                 "uri": "https://api.notifications.service.gov.uk/v2/notifications/%1$s",
                 "template": {"id": "%s", "version": 1, "uri": "https://api.notifications.service.gov.uk/v2/template/%2$s"}}
                """.formatted(notificationId, template));
    }

    private static ResponseDefinitionBuilder refusal(int status, String error, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
                {"errors": [{"error": "%s", "message": "%s"}], "status_code": %d}""".formatted(error, message, status));
    }

    private static String notification(String notificationId, String status, String citizen) {
        return """
                {"id": "%s", "reference": "1", "email_address": "%s", "type": "email",
                 "status": "%s", "template": {"id": "%s", "version": 1, "uri": "https://example.org/t"},
                 "body": "Dear Jo", "subject": "Your contact", "created_at": "2026-12-06T10:00:00.000000Z"}
                """.formatted(notificationId, citizen, status, REPLY);
    }

    private static JSONObject sentTo(String citizen, String template) {
        return new JSONObject(notify.findAll(postRequestedFor(urlPathEqualTo(EMAIL))
                .withRequestBody(matchingJsonPath("$.email_address", equalTo(citizen)))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo(template)))).get(0).getBodyAsString());
    }

    // --- the case ---------------------------------------------------------------------------------------------------

    private static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private String webCase(String citizen, String name) {
        return webCase(citizen, name, unusedDramaNumber());
    }

    private String webCase(String citizen, String name, String phone) {
        return openCaseIn(unique("notify"), Contact.builder(Channel.WEB, "web-form", UUID.randomUUID().toString(),
                        Instant.now())
                .sender(Sender.of(name, Identity.email(citizen), Identity.phone(phone)))
                .subject("Green bin").body("When is my green bin collected?").build());
    }

    private void replyAsOfficer(String reference, String body) throws Exception {
        transferTo(OFFICER, reference);
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases/" + reference + "/replies")
                        .with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"" + body + "\"}"))
                .andExpect(status().isAccepted());
    }
}
