package org.contactrouter.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.contactrouter.ApplicationTest;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.intake.IntakeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class ReplyApiTest extends ApplicationTest {

    @Autowired
    IntakeService intake;
    @Autowired
    ReplyRepository replies;
    @Autowired
    ReplyService replyService;

    @Test
    void aWebContactWithOnlyAPhoneNumberIsAnsweredByARecordedCallback() throws Exception {
        String reference = intake.accept(Contact.builder(Channel.WEB, "web-form", UUID.randomUUID().toString(),
                        Instant.now())
                .sender(Sender.of("Phone Only", Identity.phone("+447700900555"))).body("Please ring me").build())
                .reference();
        transferTo(OFFICER, reference);

        mvc.perform(post("/api/v1/cases/" + reference + "/replies").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Hello\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value(
                        "this case is answered by phone: record the callback and its outcome instead"));

        mvc.perform(post("/api/v1/cases/" + reference + "/callbacks").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"voicemail_left\",\"notes\":\"Left details of the bulky waste service\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.countsAsResponse").value(true));

        assertThat(jdbc.sql("""
                        select r.status || ' ' || r.kind || ' ' || r.author from reply r join cases c on c.id = r.case_id
                        where c.reference = :r""").param("r", reference).query(String.class).single())
                .isEqualTo("SENT CALLBACK " + OFFICER);
        assertThat(jdbc.sql("""
                        select count(*) from case_event e join cases c on c.id = e.case_id
                        where c.reference = :r and e.event_type = 'CALLBACK_RECORDED'""")
                .param("r", reference).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReplyWhoseQueueMessageWasLostIsQueuedAgainAndDispatched() {
        String reference = intake.accept(Contact.builder(Channel.EMAIL, "info", UUID.randomUUID().toString(),
                Instant.now()).sender(Sender.of(null, Identity.email("lost@example.org"))).build()).reference();
        long caseId = jdbc.sql("select id from cases where reference = :r").param("r", reference).query(Long.class).single();
        // A reply row committed two minutes ago whose message never reached the broker.
        long replyId = replies.insert(caseId, Channel.EMAIL, ReplyKind.REPLY, OFFICER, "Lost on the way",
                ReplyStatus.PENDING, null, Instant.now().minusSeconds(120));

        assertThat(replyService.requeueLost()).isGreaterThanOrEqualTo(1);

        // No email sender runs in this test application, so the dispatcher's verdict proves it took the reply.
        await().atMost(WAIT).until(() -> replies.find(replyId).orElseThrow().status() != ReplyStatus.PENDING);
        assertThat(replies.find(replyId).orElseThrow().status()).isEqualTo(ReplyStatus.FAILED);
    }

    @Test
    void aCallbackNeedsAKnownOutcomeAndAReplyNeedsText() throws Exception {
        String reference = intake.accept(Contact.builder(Channel.PHONE, "api", UUID.randomUUID().toString(),
                Instant.now()).sender(Sender.of(null, Identity.phone("+447700900556"))).build()).reference();
        transferTo(OFFICER, reference);

        mvc.perform(post("/api/v1/cases/" + reference + "/callbacks").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"shouted\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(post("/api/v1/cases/" + reference + "/replies").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\" \"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/cases/CR-2026-999997/callbacks").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"REACHED\"}"))
                .andExpect(status().isConflict());
    }
}
