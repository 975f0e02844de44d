package org.contactrouter.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.jms.Message;

import org.contactrouter.ApplicationTest;
import org.contactrouter.caseload.CaseStatus;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The whole intake pipeline on the embedded broker and a real database (H2 here; PostgreSQL in
 * {@link PostgresIntakePipelineTest}): each channel door, de-duplication, threading and the dead-letter queue.
 */
class IntakePipelineTest extends ApplicationTest {

    @Autowired
    JmsTemplate jms;
    @Autowired
    ContactCodec codec;
    @Autowired
    IntakeService intake;

    @Test
    void contactPageSubmissionBecomesOneCaseWithTheReferenceShown() throws Exception {
        String submissionId = UUID.randomUUID().toString();
        MvcResult result = mvc.perform(post("/contact").with(csrf())
                        .param("submissionId", submissionId).param("topic", "waste")
                        .param("message", "My green bin was not emptied on Tuesday")
                        .param("email", "Page.Citizen@Example.com").param("language", "en"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String reference = result.getResponse().getRedirectedUrl().replace("/contact/submitted/", "");

        awaitCase(reference);
        assertThat(caseColumn(reference, "service_area")).isEqualTo("waste");
        assertThat(caseColumn(reference, "status")).isEqualTo(CaseStatus.QUEUED.name());
        assertThat(contactsOn(reference)).isEqualTo(1);
        assertThat(citizenIdentity(reference)).isEqualTo("page.citizen@example.com");

        mvc.perform(get("/contact/submitted/" + reference))
                .andExpect(status().isOk())
                .andExpect(result2 -> assertThat(result2.getResponse().getContentAsString()).contains(reference));
    }

    @Test
    void contactPageShowsFieldErrorsAndQueuesNothing() throws Exception {
        long before = count("cases");
        mvc.perform(post("/contact").with(csrf()).param("submissionId", "x").param("message", ""))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("There is a problem", "Enter your message", "Select what your message is about",
                                "Enter an email address or a telephone number so we can reply to you"));
        assertThat(count("cases")).isEqualTo(before);
    }

    @Test
    void contactPageRefusesAPostWithoutCsrfToken() throws Exception {
        mvc.perform(post("/contact").param("topic", "waste").param("message", "hello").param("email", "a@b.org"))
                .andExpect(status().isForbidden());
    }

    @Test
    void jsonSubmissionBecomesOneCaseAndARetryWithTheSameExternalIdDoesNotDouble() throws Exception {
        String body = """
                {"externalId":"crm-%s","name":"Jo Bloggs","email":"jo@example.org","subject":"Council tax",
                 "message":"I have moved house","serviceArea":"council-tax"}""".formatted(UUID.randomUUID());
        String reference = submitJson(body);
        awaitCase(reference);

        String again = submitJson(body);
        assertThat(again).isEqualTo(reference);
        assertThat(contactsOn(reference)).isEqualTo(1);
        assertThat(caseColumn(reference, "service_area")).isEqualTo("council-tax");
    }

    @Test
    void jsonSubmissionWithBadFieldsIsRefusedWithReasons() throws Exception {
        mvc.perform(post("/api/v1/contacts").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"not-an-address\",\"message\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].message")
                        .value("Enter an email address in the correct format, like name@example.com"))
                .andExpect(jsonPath("$.errors[?(@.field == 'message')].message").value("Enter your message"))
                .andExpect(jsonPath("$.errors[0].length()").value(2)); // field and message: the Welsh key stays inside
    }

    @Test
    void jsonApiNeedsCredentials() throws Exception {
        mvc.perform(post("/api/v1/contacts").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void oversizedBodyIsRefusedWith413() throws Exception {
        String huge = "{\"message\":\"" + "a".repeat(70_000) + "\"}";
        mvc.perform(post("/api/v1/contacts").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("the limit is 65536 bytes")));
    }

    @Test
    void open311RequestBecomesOneCaseReadableThroughOpen311() throws Exception {
        String response = mvc.perform(post("/open311/v2/requests.json")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("service_code", "pothole").param("lat", "52.4862").param("long", "-1.8904")
                        .param("description", "Deep pothole outside number 12").param("email", "fms@example.net"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String reference = com.jayway.jsonpath.JsonPath.read(response, "$[0].service_request_id");
        awaitCase(reference);
        assertThat(caseColumn(reference, "service_area")).isEqualTo("highways");

        mvc.perform(get("/open311/v2/requests/" + reference + ".json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_request_id").value(reference))
                .andExpect(jsonPath("$[0].status").value("open"))
                .andExpect(jsonPath("$[0].service_code").value("pothole"))
                .andExpect(jsonPath("$[0].lat").value(52.4862));
    }

    @Test
    void open311ErrorsUseTheGeoReportFormat() throws Exception {
        mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("service_code", "no-such-service").param("description", "x"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404))
                .andExpect(jsonPath("$[0].description").value("service_code 'no-such-service' is not a service"));
        mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("service_code", "pothole").param("description", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400))
                .andExpect(jsonPath("$[0].description")
                        .value("a location is required: lat and long, address_string or address_id"));
        mvc.perform(get("/open311/v2/requests/CR-2026-999999.json"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404));
    }

    @Test
    void theSameMessageDeliveredTwiceIsOneCase() {
        Contact contact = email("dup-" + UUID.randomUUID() + "@mail.example", "twice@example.com", "Fly-tipping", null, List.of());
        jms.convertAndSend("contacts.in.email", codec.encode(contact));
        jms.convertAndSend("contacts.in.email", codec.encode(contact));

        String reference = awaitReferenceOf(contact);
        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from case_event e join cases c on c.id = e.case_id "
                + "where c.reference = :r").param("r", reference).query(Long.class).single() >= 2);
        // The duplicate is consumed (queue drained) without a second contact or case.
        await().atMost(WAIT).until(() -> jms.browse("contacts.in.email", (s, b) -> !b.getEnumeration().hasMoreElements()));
        assertThat(contactsOn(reference)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from contact where channel_message_id = :id")
                .param("id", contact.channelMessageId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void malformedMessageGoesToTheDeadLetterQueueWithItsCauseAndTheNextGoodOneIsProcessed() throws Exception {
        jms.setReceiveTimeout(WAIT.toMillis());
        jms.convertAndSend("contacts.in.web", "{\"channel\":\"WEB\", this is not json");
        Contact good = email("after-poison-" + UUID.randomUUID(), "good@example.com", "after the poison", null, List.of());
        jms.convertAndSend("contacts.in.email", codec.encode(good));

        Message dead = jms.receive("contacts.dead");
        assertThat(dead).isNotNull();
        assertThat(dead.getStringProperty("ccrFailureCause")).startsWith("InvalidContactException: not a valid contact");
        assertThat(dead.getBody(String.class)).contains("this is not json");
        awaitReferenceOf(good);
    }

    @Test
    void aReplyFromTheSameCitizenQuotingTheReferenceJoinsTheCase() {
        Contact first = email("first-" + UUID.randomUUID(), "resident@example.com", "Broken streetlight", null, List.of());
        String reference = intake.accept(first).reference();

        Contact reply = email("reply-" + UUID.randomUUID(), "Resident@Example.com", "Re: [" + reference + "] Broken streetlight",
                reference, List.of());
        IntakeOutcome outcome = intake.accept(reply);

        assertThat(outcome.kind()).isEqualTo(IntakeOutcome.Kind.CONTACT_ADDED);
        assertThat(outcome.reference()).isEqualTo(reference);
        assertThat(contactsOn(reference)).isEqualTo(2);
    }

    @Test
    void aStrangerQuotingSomeoneElsesReferenceOpensANewLinkedCase() {
        String reference = intake.accept(email("owner-" + UUID.randomUUID(), "owner@example.com", "Noise", null,
                List.of())).reference();

        IntakeOutcome outcome = intake.accept(email("stranger-" + UUID.randomUUID(), "stranger@example.com",
                "About " + reference, reference, List.of()));

        assertThat(outcome.kind()).isEqualTo(IntakeOutcome.Kind.CASE_OPENED);
        assertThat(outcome.reference()).isNotEqualTo(reference);
        assertThat(outcome.linkedReference()).isEqualTo(reference);
        assertThat(contactsOn(reference)).isEqualTo(1);
        assertThat(jdbc.sql("select l.reference from cases c join cases l on l.id = c.linked_case_id where c.reference = :r")
                .param("r", outcome.reference()).query(String.class).single()).isEqualTo(reference);
    }

    @Test
    void aMessageAnsweringAnEarlierMessageJoinsItsCase() {
        Contact first = email("thread-" + UUID.randomUUID(), "threader@example.com", "Parking permit", null, List.of());
        String reference = intake.accept(first).reference();

        IntakeOutcome outcome = intake.accept(email("thread-answer-" + UUID.randomUUID(), "someone.else@example.com",
                "Re: Parking permit", null, List.of(first.channelMessageId())));

        assertThat(outcome.kind()).isEqualTo(IntakeOutcome.Kind.CONTACT_ADDED);
        assertThat(outcome.reference()).isEqualTo(reference);
    }

    @Test
    void oneCitizenWritingOnTwoChannelsIsRecognised() {
        String email = "two-channels-" + UUID.randomUUID() + "@example.com";
        IntakeOutcome byEmail = intake.accept(email("two-" + UUID.randomUUID(), email, "Bins", null, List.of()));
        IntakeOutcome byWeb = intake.accept(Contact.builder(Channel.WEB, "api", "two-web-" + UUID.randomUUID(), Instant.now())
                .sender(Sender.of("Two Channels", Identity.email(email), Identity.phone("+447700900123")))
                .body("Following up").build());

        long first = citizenOf(byEmail.reference());
        assertThat(citizenOf(byWeb.reference())).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from citizen_identity where citizen_id = :id").param("id", first)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void caseApiReturnsTheCaseWithContactsEventsAndSla() throws Exception {
        String reference = intake.accept(email("api-read-" + UUID.randomUUID(), "reader@example.com", "Library card",
                null, List.of())).reference();

        mvc.perform(get("/api/v1/cases/" + reference).with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(reference))
                .andExpect(jsonPath("$.status").value("QUEUED"))
                .andExpect(jsonPath("$.contacts[0].subject").value("Library card"))
                .andExpect(jsonPath("$.events[0].type").value("CASE_OPENED"))
                .andExpect(jsonPath("$.sla[*].milestone").value(org.hamcrest.Matchers.contains(
                        "ACKNOWLEDGE", "FIRST_RESPONSE")))
                .andExpect(jsonPath("$.sla[0].allowance").value("1 working day"))
                .andExpect(jsonPath("$.sla[0].state").value("ON_TRACK"))
                .andExpect(jsonPath("$.sla[1].allowance").value("3 working days"));
        mvc.perform(get("/api/v1/cases").param("channel", "email").param("size", "500").with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/cases").param("channel", "email").with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].channel").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("EMAIL"))));
        mvc.perform(get("/api/v1/cases/CR-2026-999998").with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(status().isNotFound());
    }

    static Contact email(String messageId, String from, String subject, String referenceHint, List<String> conversation) {
        return Contact.builder(Channel.EMAIL, "council-inbox", messageId, Instant.now())
                .sender(Sender.of(null, Identity.email(from)))
                .subject(subject).body("Body of " + subject)
                .caseReferenceHint(referenceHint).conversationIds(conversation)
                .build();
    }

    private String submitJson(String body) throws Exception {
        String response = mvc.perform(post("/api/v1/contacts").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(response, "$.reference");
    }

    private String awaitReferenceOf(Contact contact) {
        return await().atMost(WAIT).until(() -> jdbc.sql("""
                        select c.reference from contact m join cases c on c.id = m.case_id
                        where m.channel = :channel and m.channel_message_id = :id""")
                .param("channel", contact.channel().name()).param("id", contact.channelMessageId())
                .query(String.class).optional().orElse(null), r -> r != null);
    }

    private String citizenIdentity(String reference) {
        return jdbc.sql("select i.identity_value from cases c join citizen_identity i on i.citizen_id = c.citizen_id "
                + "where c.reference = :r").param("r", reference).query(String.class).single();
    }

    private long citizenOf(String reference) {
        return jdbc.sql("select citizen_id from cases where reference = :r").param("r", reference)
                .query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
