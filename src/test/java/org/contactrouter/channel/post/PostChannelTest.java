package org.contactrouter.channel.post;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.contactrouter.channel.notify.NotifyApplicationTest;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/**
 * The letter channel end to end: the post room's scanning software posts letters to /api/v1/contacts/post with an
 * API key, and WireMock on loopback plays GOV.UK Notify (POST /v2/notifications/letter, GET /v2/notifications/{id}).
 * A letter becomes one case, stored once however often it is posted, timed by the post standard and not
 * acknowledged; the citizen's next letter quoting the reference joins it; the officer's reply goes to Notify as a
 * letter to the address written from, and what Notify's printer reports is read back onto the case.
 */
class PostChannelTest extends NotifyApplicationTest {

    private static final String LETTER = "/v2/notifications/letter";
    private static final String REPLY = UUID.randomUUID().toString();

    @DynamicPropertySource
    static void lettersThroughNotify(DynamicPropertyRegistry registry) {
        registry.add("ccr.channels.post.enabled", () -> "true");
        registry.add("ccr.channels.notify.letter-templates.reply.en", () -> REPLY);
    }

    @Test
    void aLetterBecomesOneCaseHoweverOftenItIsPostedAndTheCitizensNextLetterJoinsIt() throws Exception {
        String key = postRoomKey();
        String street = unique("12 Elm Road");
        String letterId = unique("scan");
        String letter = letter(letterId, "Ann Jones", street, "The streetlight outside my house has been out for a"
                + " month.", null);

        postLetter(key, letter).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.letterId").value(letterId))
                .andExpect(jsonPath("$.status").value("accepted"));
        String reference = caseOf(letterId);
        postLetter(key, letter).andExpect(status().isAccepted());
        String later = unique("scan");
        postLetter(key, letter(later, "Someone Else", unique("1 Other Street"), "Unrelated letter", null))
                .andExpect(status().isAccepted());
        caseOf(later); // one intake consumer takes the queue in order: the letter posted again went in before this one

        assertThat(contactsOn(reference)).as("stored once").isEqualTo(1);
        assertThat(caseColumn(reference, "channel")).isEqualTo("POST");
        assertThat(milestone(reference, "FIRST_RESPONSE")).as("the post standard").isEqualTo("10 working days");
        assertThat(milestone(reference, "ACKNOWLEDGE")).as("letters are not acknowledged").isNull();
        assertThat(records.replyColumn(reference, "ACKNOWLEDGEMENT", "id")).isNull();
        assertThat(records.casePage(reference)).contains("Written from", street + ", Cardiff, CF10 4UW");

        String second = unique("scan");
        postLetter(key, letter(second, "Ann Jones", street, "I wrote last month and the light is still out.",
                reference)).andExpect(status().isAccepted());
        assertThat(caseOf(second)).as("the same citizen quoting the reference joins the case").isEqualTo(reference);
        assertThat(contactsOn(reference)).isEqualTo(2);
        assertThat(jdbc.sql("select count(distinct c.citizen_id) from cases c join contact m on m.case_id = c.id"
                        + " where m.channel_message_id in (:ids)").param("ids", List.of(letterId, second))
                .query(Long.class).single()).as("recognised by postcode and first line").isEqualTo(1);
    }

    @Test
    void eachBadFieldIsNamedAndOnlyAKeyThatMaySubmitContactsIsLetIn() throws Exception {
        String key = postRoomKey();
        String bad = """
                {"letterId": " ", "receivedOn": "yesterday", "name": "Ann", "address": ["12 Elm Road"],
                 "postcode": "CF10 XXX", "text": "", "caseReference": "12"}""";

        String answer = postLetter(key, bad).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(answer, "$.errors[*].field"))
                .containsExactly("letterId", "receivedOn", "postcode", "address", "text", "caseReference");
        assertThat(JsonPath.<List<String>>read(answer, "$.errors[?(@.field == 'postcode')].message"))
                .containsExactly("postcode 'CF10 XXX' is not a UK postcode, such as CF10 4UW");
        postLetter(key, "{\"letterId\": \"x\", \"address\": \"12 Elm Road\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));

        String readOnly = apiKey("cases:read");
        postLetter(readOnly, letter(unique("scan"), "Ann", "1 A St", "Hello", null)).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/contacts/post").contentType(MediaType.APPLICATION_JSON)
                .content(letter(unique("scan"), "Ann", "1 A St", "Hello", null))).andExpect(status().isUnauthorized());
    }

    @Test
    void theOfficersReplyGoesToNotifyAsALetterToTheAddressAndIsRecordedAsPostedWhenPrinted() throws Exception {
        String street = unique("3 High Street");
        String notificationId = UUID.randomUUID().toString();
        String reference = letterCaseHeldByOfficer(street, notificationId, "received");
        assertThat(records.casePage(reference)).contains(HtmlUtils.htmlEscape("Your reply is sent as a letter"
                + " through GOV.UK Notify to: Ann Jones, " + street + ", Cardiff, CF10 4UW. Notify prints and posts"
                + " it; it arrives in 2 to 3 working days."), "id=\"reply-text\"");
        reply(reference, "The library is open 9 to 5, Monday to Saturday.");

        records.awaitReply(reference, "REPLY", "SENT");
        JSONObject sent = sentTo(street);
        assertThat(sent.getString("template_id")).isEqualTo(REPLY);
        assertThat(sent.getString("reference")).isEqualTo(records.replyColumn(reference, "REPLY", "id"));
        JSONObject personalisation = sent.getJSONObject("personalisation");
        assertThat(personalisation.getString("address_line_1")).isEqualTo("Ann Jones");
        assertThat(personalisation.getString("address_line_2")).isEqualTo(street);
        assertThat(personalisation.getString("address_line_3")).isEqualTo("Cardiff");
        assertThat(personalisation.getString("address_line_4")).isEqualTo("CF10 4UW");
        assertThat(personalisation.has("address_line_5")).isFalse();
        assertThat(personalisation.getString("body")).isEqualTo("The library is open 9 to 5, Monday to Saturday.");
        assertThat(personalisation.getString("reference")).isEqualTo(reference);
        assertThat(records.replyColumn(reference, "REPLY", "channel_message_id")).isEqualTo(notificationId);

        await().atMost(WAIT).until(() -> records.events(reference, "REPLY_POSTED").size() == 1);
        assertThat(records.events(reference, "REPLY_POSTED").get(0)).startsWith("reply printed and posted by GOV.UK"
                + " Notify's printing provider; Notify cannot tell when it arrives");
        assertThat(records.events(reference, "REPLY_DELIVERED")).as("nobody reports a letter delivered").isEmpty();
        assertThat(records.replyColumn(reference, "REPLY", "status")).isEqualTo("SENT");
    }

    @Test
    void aLetterNotifyWillNotPrintMarksTheReplyFailedWithWhyOnTheCasePage() throws Exception {
        String reference = letterCaseHeldByOfficer(unique("7 Station Road"), UUID.randomUUID().toString(),
                "validation-failed");
        reply(reference, "The library opens at 9 on Saturdays.");

        records.awaitReply(reference, "REPLY", "FAILED");
        String reason = "GOV.UK Notify refused to print it: the letter failed Notify's checks (such as text outside the"
                + " printable area or an address it cannot post to), so it was not posted";
        assertThat(records.replyColumn(reference, "REPLY", "last_error")).isEqualTo(reason);
        assertThat(records.casePage(reference))
                .contains(">Failed<", HtmlUtils.htmlEscape("Not delivered: " + reason + "."));
        assertThat(caseColumn(reference, "status")).as("back for an officer to answer another way")
                .isEqualTo("QUEUED");
    }

    /**
     * A case opened by a letter from the street and held by the test officer, whose answer Notify will take as the
     * notification with the id and then report in the status.
     */
    private String letterCaseHeldByOfficer(String street, String notificationId, String status) throws Exception {
        String letterId = unique("scan");
        postLetter(postRoomKey(), letter(letterId, "Ann Jones", street, "When is the library open?", null))
                .andExpect(status().isAccepted());
        String reference = caseOf(letterId);
        acceptLetterTo(street, notificationId);
        notify.stubFor(get(urlPathEqualTo("/v2/notifications/" + notificationId))
                .willReturn(okJson(letterNotification(notificationId, status))));
        transferTo(OFFICER, reference);
        return reference;
    }

    // --- the post room ----------------------------------------------------------------------------------------------

    private static String letter(String letterId, String name, String street, String text, String caseReference) {
        String yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1).toString();
        return new JSONObject().put("letterId", letterId).put("receivedOn", yesterday).put("name", name)
                .put("address", List.of(street, "Cardiff")).put("postcode", "cf104uw").put("text", text)
                .putOpt("caseReference", caseReference).toString();
    }

    private ResultActions postLetter(String key, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/contacts/post").header("X-Api-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String postRoomKey() throws Exception {
        return apiKey("contacts:write");
    }

    private String apiKey(String scope) throws Exception {
        String issued = mvc.perform(MockMvcRequestBuilders.post("/api/v1/admin/api-keys")
                        .with(user("admin").roles("ADMIN")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + unique("Post room") + "\",\"scopes\":[\"" + scope + "\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(issued, "$.key");
    }

    // --- Notify as WireMock plays it ------------------------------------------------------------------------------

    /** Notify takes letters to the street, answering with the notification id. */
    private static void acceptLetterTo(String street, String notificationId) {
        notify.stubFor(post(urlPathEqualTo(LETTER)).withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.personalisation.address_line_2", equalTo(street)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"id": "%s", "reference": "1", "postage": "second",
                         "content": {"subject": "Your letter", "body": "Dear Ann Jones"},
                         "uri": "https://api.notifications.service.gov.uk/v2/notifications/%1$s",
                         "template": {"id": "%s", "version": 1, "uri": "https://api.notifications.service.gov.uk/v2/template/%2$s"},
                         "scheduled_for": null}
                        """.formatted(notificationId, REPLY))));
    }

    private static String letterNotification(String notificationId, String status) {
        return """
                {"id": "%s", "reference": "1", "type": "letter", "status": "%s",
                 "line_1": "Ann Jones", "line_2": "3 High Street", "line_3": "Cardiff", "postcode": "CF10 4UW",
                 "postage": "second", "template": {"id": "%s", "version": 1, "uri": "https://example.org/t"},
                 "body": "Dear Ann Jones", "subject": "Your letter", "created_at": "2026-12-06T10:00:00.000000Z"}
                """.formatted(notificationId, status, REPLY);
    }

    private static JSONObject sentTo(String street) {
        return new JSONObject(notify.findAll(postRequestedFor(urlPathEqualTo(LETTER))
                .withRequestBody(matchingJsonPath("$.personalisation.address_line_2", equalTo(street))))
                .get(0).getBodyAsString());
    }

    // --- the case ---------------------------------------------------------------------------------------------------

    private void reply(String reference, String body) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases/" + reference + "/replies")
                        .with(httpBasic(OFFICER, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(new JSONObject().put("body", body).toString()))
                .andExpect(status().isAccepted());
    }

    /** The reference of the case the letter went into, once intake has stored it. */
    private String caseOf(String letterId) {
        return await().atMost(WAIT).until(() -> jdbc.sql("""
                        select c.reference from contact m join cases c on c.id = m.case_id
                        where m.channel = 'POST' and m.channel_message_id = :id""")
                .param("id", letterId).query(String.class).optional().orElse(null), reference -> reference != null);
    }

    private String milestone(String reference, String milestone) {
        return jdbc.sql("select m.allowance from sla_milestone m join cases c on c.id = m.case_id"
                        + " where c.reference = :r and m.milestone = :milestone")
                .param("r", reference).param("milestone", milestone).query(String.class).optional().orElse(null);
    }
}
