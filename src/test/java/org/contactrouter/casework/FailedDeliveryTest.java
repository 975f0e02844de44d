package org.contactrouter.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.contactrouter.ApplicationTest;
import org.contactrouter.caseload.CaseReference;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.officer.Role;
import org.contactrouter.reply.ReplyKind;
import org.contactrouter.reply.ReplyRepository;
import org.contactrouter.reply.ReplyService;
import org.contactrouter.reply.ReplyStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An officer is told the truth about a reply that cannot go: refused at once when its channel has no sender, shown
 * as Failed with the reason and what to do when the channel gave up on it, and the case is not closed as if
 * answered unless the officer says they know. The test application runs no email sender, as a council with the
 * email channel switched off would.
 */
class FailedDeliveryTest extends ApplicationTest {

    @Autowired
    ReplyRepository replies;
    @Autowired
    ReplyService replyService;

    @Test
    void aReplyOnAChannelWithNoSenderIsRefusedAtOnceWithWhatToDoAndTheTextIsKept() throws Exception {
        String holder = account("holder", Role.OFFICER);
        String reference = webCaseHeldBy(holder);

        mvc.perform(post("/api/v1/cases/" + reference + "/replies").with(user(holder).roles("OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Your bin comes Thursday\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("Replies by email cannot be sent: the email channel is not"
                        + " enabled (ccr.channels.email.enabled). Call the citizen back if they gave a number, and"
                        + " record the call."));
        mvc.perform(post("/workspace/cases/" + reference + "/reply").with(user(holder).roles("OFFICER")).with(csrf())
                        .param("text", "Your bin comes Thursday"))
                .andExpect(redirectedUrl("/workspace/cases/" + reference))
                .andExpect(r -> {
                    assertThat(r.getFlashMap().get("message")).isNull();
                    assertThat((String) r.getFlashMap().get("problem")).startsWith("Replies by email cannot be sent");
                    assertThat(((WorkspaceController.TypedText) r.getFlashMap().get("typed")).of("reply"))
                            .isEqualTo("Your bin comes Thursday");
                });
        assertThat(replyRows(reference)).isZero();
    }

    @Test
    void aReplyTheChannelGaveUpOnShowsFailedAndTheCaseClosesOnlyWhenTheOfficerConfirms() throws Exception {
        String holder = account("holder", Role.OFFICER);
        String reference = webCaseHeldBy(holder);
        RequestPostProcessor asHolder = user(holder).roles("OFFICER");
        long replyId = failedReply(reference, holder);

        String page = mvc.perform(get("/workspace/cases/" + reference).with(asHolder)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">Failed<", "Not delivered: no sender is configured for the email channel.",
                        "The citizen has not had this reply. Call them back on +447700900999 and record the call.",
                        "Our reply failed: I know the citizen has not been answered")
                .doesNotContain(">Sent<", ">Sending<");

        mvc.perform(post("/api/v1/cases/" + reference + "/close").with(asHolder)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"answered\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("Our reply on " + reference + " was not delivered, so the"
                        + " citizen has not been answered. Call them back or reply another way, or confirm you are"
                        + " closing it unanswered."));
        mvc.perform(post("/workspace/cases/" + reference + "/close").with(asHolder).with(csrf())
                        .param("text", "answered"))
                .andExpect(r -> assertThat((String) r.getFlashMap().get("problem")).startsWith("Our reply on"));
        assertThat(caseColumn(reference, "status")).isEqualTo("ASSIGNED");

        mvc.perform(post("/workspace/cases/" + reference + "/close").with(asHolder).with(csrf())
                        .param("text", "no way to reach them").param("closeUnanswered", "true"))
                .andExpect(r -> assertThat(r.getFlashMap().get("message")).isEqualTo("Case closed."));
        assertThat(caseColumn(reference, "status")).isEqualTo("CLOSED");
        assertThat(replies.find(replyId).orElseThrow().status()).isEqualTo(ReplyStatus.FAILED);
    }

    @Test
    void aCallBackAfterTheFailedReplyAnswersTheCitizenSoTheCaseClosesWithoutConfirming() throws Exception {
        String holder = account("holder", Role.OFFICER);
        String reference = webCaseHeldBy(holder);
        RequestPostProcessor asHolder = user(holder).roles("OFFICER");
        failedReply(reference, holder);

        mvc.perform(post("/api/v1/cases/" + reference + "/callbacks").with(asHolder)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"REACHED\"}"))
                .andExpect(status().isCreated());
        assertThat(mvc.perform(get("/workspace/cases/" + reference).with(asHolder)).andReturn().getResponse()
                .getContentAsString()).as("the close form no longer asks for a confirmation it does not need")
                .contains(">Failed<").doesNotContain("I know the citizen has not been answered");
        mvc.perform(post("/api/v1/cases/" + reference + "/close").with(asHolder)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"sorted on the phone\"}"))
                .andExpect(status().isNoContent());
        assertThat(caseColumn(reference, "status")).isEqualTo("CLOSED");
    }

    private String webCaseHeldBy(String holder) {
        String reference = openCaseIn(unique("delivery"), Contact.builder(Channel.WEB, "web-form",
                        UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of("Ms Web", Identity.email("web-" + UUID.randomUUID() + "@example.org"),
                        Identity.phone("+447700900999")))
                .subject("Green bin").body("When is my green bin collected?").build());
        transferTo(holder, reference);
        return reference;
    }

    /** A reply queued while a sender existed, which the dispatcher then finds it cannot send. */
    private long failedReply(String reference, String author) {
        long caseId = jdbc.sql("select id from cases where reference = :r").param("r", reference)
                .query(Long.class).single();
        long replyId = replies.insert(caseId, Channel.EMAIL, ReplyKind.REPLY, author, "Your bin comes Thursday",
                ReplyStatus.PENDING, null, Instant.now());
        replyService.requeuePending(CaseReference.parse(reference).orElseThrow());
        await().atMost(WAIT).until(() -> replies.find(replyId).orElseThrow().status() == ReplyStatus.FAILED);
        return replyId;
    }

    private long replyRows(String reference) {
        return jdbc.sql("select count(*) from reply r join cases c on c.id = r.case_id where c.reference = :r")
                .param("r", reference).query(Long.class).single();
    }
}
