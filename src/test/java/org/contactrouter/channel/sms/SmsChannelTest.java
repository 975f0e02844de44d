package org.contactrouter.channel.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.contactrouter.channel.notify.NotifyApplicationTest;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/**
 * The text-message channel end to end: WireMock on loopback plays GOV.UK Notify (GET /v2/received-text-messages,
 * POST /v2/notifications/sms, GET /v2/notifications/{id}). A text becomes one case, stored once however often it
 * is read, is acknowledged by text, is joined by the citizen's next text, and is answered by text with its length
 * shown to the officer first; a text too long for Notify is refused, and a permanent failure read back shows on
 * the case.
 */
class SmsChannelTest extends NotifyApplicationTest {

    private static final String TEXTS = "/v2/received-text-messages";
    private static final String SMS = "/v2/notifications/sms";
    private static final String ACKNOWLEDGEMENT = UUID.randomUUID().toString();
    private static final String REPLY = UUID.randomUUID().toString();
    private static final String PROMISE = "We aim to reply within 1 working day.";

    /** Every text "received" so far, newest first, as Notify lists them. */
    private static final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void noTextsReceivedYet() {
        received.clear();
        listReceived();
    }

    @DynamicPropertySource
    static void textMessagesThroughNotify(DynamicPropertyRegistry registry) {
        registry.add("ccr.channels.sms.enabled", () -> "true");
        registry.add("ccr.channels.sms.poll-interval", () -> "200ms");
        String notifySettings = "ccr.channels.notify.";
        registry.add(notifySettings + "sms-templates.acknowledgement.en", () -> ACKNOWLEDGEMENT);
        registry.add(notifySettings + "sms-templates.reply.en", () -> REPLY);
    }

    @Test
    void aTextBecomesOneCaseAcknowledgedByTextAndTheOfficersReplyGoesOutByTextWithItsLengthShownFirst()
            throws Exception {
        String number = unusedDramaNumber();
        accepted(number, ACKNOWLEDGEMENT);
        String replyId = accepted(number, REPLY);
        notify.stubFor(get(urlPathEqualTo("/v2/notifications/" + replyId))
                .willReturn(okJson(notification(replyId, "delivered", number))));

        String first = receive(number, "My bin was not collected on Elm Road");
        String reference = caseOf(first);
        assertThat(caseColumn(reference, "channel")).isEqualTo("SMS");
        records.awaitReply(reference, "ACKNOWLEDGEMENT", "SENT");
        JSONObject acknowledgement = sentTo(number, ACKNOWLEDGEMENT);
        assertThat(acknowledgement.getString("reference"))
                .isEqualTo(records.replyColumn(reference, "ACKNOWLEDGEMENT", "id"));
        assertThat(acknowledgement.getJSONObject("personalisation").getString("reference")).isEqualTo(reference);
        assertThat(acknowledgement.getJSONObject("personalisation").getString("body")).isEqualTo(PROMISE);
        await().atMost(WAIT).until(() -> milestone(reference, "ACKNOWLEDGE", "met_at") != null);
        assertThat(milestone(reference, "FIRST_RESPONSE", "allowance")).as("the sms standard").isEqualTo("1 working day");

        String second = receive(number, "It is still there today");
        assertThat(caseOf(second)).as("the citizen's next text joins the case").isEqualTo(reference);
        assertThat(contactsOn(reference)).isEqualTo(2);
        assertThat(notify.findAll(postRequestedFor(urlPathEqualTo(SMS))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo(ACKNOWLEDGEMENT)))
                .withRequestBody(matchingJsonPath("$.phone_number", equalTo(number))))).as("acknowledged once")
                .hasSize(1);

        transferTo(OFFICER, reference);
        assertThat(records.casePage(reference))
                .contains("Your reply is sent by text message to " + number, "Check length");
        String reply = "Thank you. The crew missed Elm Road this morning and will be back tomorrow before noon. "
                + "Please leave the bin out overnight; if it is still not emptied by 2pm, text us again quoting "
                + reference + ".";
        SmsLength length = SmsLength.of(reply);
        assertThat(length.messages()).isEqualTo(2);
        mvc.perform(MockMvcRequestBuilders.post("/workspace/cases/" + reference + "/check-length")
                        .with(user(OFFICER).roles("OFFICER")).with(csrf()).param("text", reply))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "Not sent yet. Your text is " + length.describe() + "."));
        assertThat(records.replyColumn(reference, "REPLY", "id")).as("checking sends nothing").isNull();

        mvc.perform(MockMvcRequestBuilders.post("/workspace/cases/" + reference + "/reply")
                        .with(user(OFFICER).roles("OFFICER")).with(csrf()).param("text", reply))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "Your text (" + length.describe() + ") is queued. Under Our"
                        + " replies it shows Sent once the channel has taken it, or Failed with what to do."));
        records.awaitReply(reference, "REPLY", "SENT");
        JSONObject sent = sentTo(number, REPLY);
        assertThat(sent.getString("reference")).isEqualTo(records.replyColumn(reference, "REPLY", "id"));
        assertThat(sent.getJSONObject("personalisation").getString("body")).isEqualTo(reply);
        assertThat(records.replyColumn(reference, "REPLY", "channel_message_id")).isEqualTo(replyId);
        assertThat(caseColumn(reference, "status")).isEqualTo("RESPONDED");
        await().atMost(WAIT).until(() -> records.events(reference, "REPLY_DELIVERED").size() == 1);
    }

    @Test
    void aTextReadAgainIsStoredOnceAndTheCitizenIsRecognisedFromTheirPhoneCall() throws Exception {
        String number = unusedDramaNumber();
        accepted(number, ACKNOWLEDGEMENT);
        String callCase = openCaseIn(unique("sms"), Contact.builder(Channel.PHONE, "call-api",
                        UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of("Pat Jones", Identity.phone(number))).subject("Missed call").build());

        String text = receive(number, "Returning your call about the pothole");
        String reference = caseOf(text);
        assertThat(reference).as("a text opens its own case").isNotEqualTo(callCase);
        assertThat(caseColumn(reference, "citizen_id")).as("the same citizen as the call")
                .isEqualTo(caseColumn(callCase, "citizen_id"));

        // Notify lists the text again: the checkpoint is lost, as after a crash before it was saved.
        jdbc.sql("delete from channel_checkpoint where checkpoint_key = 'sms.notify'").update();
        String later = receive(unusedDramaNumber(), "Is the tip open on Sunday?");
        caseOf(later); // one intake consumer takes the queue in order: the texts read again went in before this one
        assertThat(contactsOn(reference)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from contact where channel = 'SMS' and channel_message_id = :id")
                .param("id", text).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReplyTooLongForATextIsRefusedOnTheApiAndThePage() throws Exception {
        String number = unusedDramaNumber();
        accepted(number, ACKNOWLEDGEMENT);
        String reference = caseOf(receive(number, "Council tax question"));
        transferTo(OFFICER, reference);
        String tooLong = "a".repeat(SmsLength.MAX_CHARACTERS + 1);

        String refusal = mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases/" + reference + "/replies")
                        .with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"" + tooLong + "\"}"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refusal).contains("A text message can be at most 918 characters; this one is 919.");

        mvc.perform(MockMvcRequestBuilders.post("/workspace/cases/" + reference + "/reply")
                        .with(user(OFFICER).roles("OFFICER")).with(csrf()).param("text", tooLong))
                .andExpect(flash().attribute("problem", "A text message can be at most 918 characters; this one is"
                        + " 919. Shorten it, or call the citizen."));
        assertThat(records.replyColumn(reference, "REPLY", "id")).isNull();
    }

    @Test
    void aPermanentFailureReadBackShowsOnTheCaseWithWhatToDo() throws Exception {
        String number = unusedDramaNumber();
        String acknowledgementId = accepted(number, ACKNOWLEDGEMENT);
        notify.stubFor(get(urlPathEqualTo("/v2/notifications/" + acknowledgementId))
                // Written as Notify writes numbers, without the '+': still the citizen's number.
                .willReturn(okJson(notification(acknowledgementId, "permanent-failure", number.substring(1)))));

        String reference = caseOf(receive(number, "Noise from next door every night"));

        records.awaitReply(reference, "ACKNOWLEDGEMENT", "FAILED");
        String reason = "GOV.UK Notify reports a permanent failure: the mobile network says the number does not exist"
                + " or cannot take text messages";
        assertThat(records.replyColumn(reference, "ACKNOWLEDGEMENT", "last_error")).isEqualTo(reason);
        assertThat(records.casePage(reference)).contains(">Failed<", HtmlUtils.htmlEscape("Not delivered: " + reason + "."));

        // Notify's advice is to stop sending to the number: a reply to it is refused, with why, until it is used again.
        await().atMost(WAIT).until(() -> records.casePage(reference).contains("Undeliverable"));
        transferTo(OFFICER, reference);
        assertThat(replyByApi(reference, "We will visit on Friday.").andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString())
                .contains("Messages to " + number + " cannot be delivered (" + reason + ")");
        receive(number, "Sorry, my phone was broken. Any news?");
        await().atMost(WAIT).until(() -> contactsOn(reference) == 2);
        replyByApi(reference, "We will visit on Friday.").andExpect(status().isAccepted());
        assertThat(records.casePage(reference)).doesNotContain("Undeliverable");
    }

    private org.springframework.test.web.servlet.ResultActions replyByApi(String reference, String body)
            throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases/" + reference + "/replies")
                .with(httpBasic(OFFICER, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"" + body + "\"}"));
    }

    @Test
    void textCasesWaitInTheSharedQueueAndTheChannelShowsOnHealthAndTheDashboard() throws Exception {
        String number = unusedDramaNumber();
        accepted(number, ACKNOWLEDGEMENT);
        String reference = caseOf(receive(number, "Where do I get a resident parking permit?"));
        String area = caseColumn(reference, "service_area");
        String textOfficer = officer("texts", Map.of(Channel.SMS, 2), Set.of(area), Set.of("en"));

        String next = mvc.perform(MockMvcRequestBuilders.post("/api/v1/queue/next").with(httpBasic(textOfficer, PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(next).contains("\"channel\":\"SMS\"");

        assertThat(dashboard()).contains("text messages (GOV.UK Notify)", "data-channel=\"SMS\"");

        // Notify refuses the key: health and the dashboard say so, and reading resumes once it is mended.
        StubMapping refused = notify.stubFor(get(urlPathEqualTo(TEXTS)).atPriority(1).willReturn(aResponse()
                .withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\": [{\"error\": \"AuthError\", \"message\": \"Invalid token: API key not found\"}],"
                        + " \"status_code\": 403}")));
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(MockMvcRequestBuilders.get("/actuator/health")
                        .with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(jsonPath("$.components.sms.status").value("OUT_OF_SERVICE"))
                .andExpect(jsonPath("$.components.sms.details.state").value("UNAUTHORISED")));
        assertThat(dashboard()).contains("UNAUTHORISED", "Invalid token: API key not found");
        notify.removeStub(refused);
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(MockMvcRequestBuilders.get("/actuator/health")
                        .with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(jsonPath("$.components.sms.status").value("UP")));
    }

    private String dashboard() throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/supervisor").with(user("sup").roles("SUPERVISOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    // --- Notify as WireMock plays it ------------------------------------------------------------------------------

    /** The citizen texts the council: Notify lists it first from now on. Returns its id. */
    private static String receive(String e164, String content) {
        String id = UUID.randomUUID().toString();
        received.add(0, """
                {"id": "%s", "user_number": "%s", "notify_number": "07700900000", "content": "%s",
                 "created_at": "%s", "service_id": "%s"}""".formatted(id, e164.substring(1), content, Instant.now(),
                UUID.randomUUID()));
        listReceived();
        return id;
    }

    private static void listReceived() {
        notify.stubFor(get(urlPathEqualTo(TEXTS)).withQueryParam("older_than", absent())
                .willReturn(okJson("{\"received_text_messages\": [" + String.join(",", received)
                        + "], \"links\": {\"current\": \"" + notify.baseUrl() + TEXTS + "\"}}")));
    }

    private static MappingBuilder toNotify(String number, String template) {
        return post(urlPathEqualTo(SMS)).withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.phone_number", equalTo(number)))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo(template)));
    }

    /** Notify takes texts to the number made from the template; returns the notification id it answers with. */
    private static String accepted(String number, String template) {
        String notificationId = UUID.randomUUID().toString();
        notify.stubFor(toNotify(number, template).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": "%s", "reference": null, "content": {"body": "Thanks", "from_number": "07700900000"},
                         "uri": "https://api.notifications.service.gov.uk/v2/notifications/%1$s",
                         "template": {"id": "%s", "version": 1, "uri": "https://api.notifications.service.gov.uk/v2/template/%2$s"}}
                        """.formatted(notificationId, template))));
        return notificationId;
    }

    private static String notification(String notificationId, String status, String number) {
        return """
                {"id": "%s", "reference": "1", "phone_number": "%s", "type": "sms",
                 "status": "%s", "template": {"id": "%s", "version": 1, "uri": "https://example.org/t"},
                 "body": "Thanks", "created_at": "2026-12-06T10:00:00.000000Z"}
                """.formatted(notificationId, number, status, REPLY);
    }

    private static JSONObject sentTo(String number, String template) {
        return new JSONObject(notify.findAll(postRequestedFor(urlPathEqualTo(SMS))
                .withRequestBody(matchingJsonPath("$.phone_number", equalTo(number)))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo(template)))).get(0).getBodyAsString());
    }

    // --- the case ---------------------------------------------------------------------------------------------------

    /** The reference of the case the text went into, once intake has stored it. */
    private String caseOf(String textId) {
        return await().atMost(WAIT).until(() -> jdbc.sql("""
                        select c.reference from contact m join cases c on c.id = m.case_id
                        where m.channel = 'SMS' and m.channel_message_id = :id""")
                .param("id", textId).query(String.class).optional().orElse(null), reference -> reference != null);
    }

    private String milestone(String reference, String milestone, String column) {
        return jdbc.sql("select m." + column + " from sla_milestone m join cases c on c.id = m.case_id"
                        + " where c.reference = :r and m.milestone = :milestone")
                .param("r", reference).param("milestone", milestone).query((rs, n) -> rs.getString(1)).optional()
                .orElse(null);
    }
}
