package org.contactrouter.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.contactrouter.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The citizen's confirmation page says only what is true: with the email channel off no confirmation email goes,
 * so none is promised; the reply time is the web standard's; a reference that names no web case is a 404.
 */
class ContactConfirmationTest extends ApplicationTest {

    @Test
    void withNoEmailChannelThePagePromisesNoEmailAndGivesTheReplyTimeAndTheStatusPage() throws Exception {
        MvcResult sent = submit("nia@example.org");
        String confirmation = mvc.perform(get(sent.getResponse().getRedirectedUrl())
                        .flashAttrs(sent.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(confirmation).doesNotContain("id=\"confirmation-email\"", "We will email", "We have sent")
                .contains("we have not sent it to you", "within\n          <strong>3 working days</strong>, by",
                        "href=\"/status\"");
    }

    @Test
    void aFreedomOfInformationRequestIsPromisedTheActsDeadlineStraightAwayAndLater() throws Exception {
        MvcResult sent = submit("foi@example.org", "This is a Freedom of Information request for the bin contracts.");
        assertThat(mvc.perform(get(sent.getResponse().getRedirectedUrl()).flashAttrs(sent.getFlashMap()))
                .andReturn().getResponse().getContentAsString())
                .contains("<strong>20 working days</strong>").doesNotContain("3 working days");

        String reference = sent.getResponse().getRedirectedUrl().replace("/contact/submitted/", "");
        await().atMost(WAIT).untilAsserted(() ->
                mvc.perform(get("/contact/submitted/" + reference)).andExpect(status().isOk()));
        assertThat(caseColumn(reference, "case_type")).isEqualTo("foi");
        assertThat(mvc.perform(get("/contact/submitted/" + reference)).andReturn().getResponse().getContentAsString())
                .contains("<strong>20 working days</strong>");
    }

    @Test
    void aReferenceThatNamesNoWebCaseIsNotFound() throws Exception {
        mvc.perform(get("/contact/submitted/CR-2026-999999")).andExpect(status().isNotFound());
        mvc.perform(get("/contact/submitted/not-a-reference")).andExpect(status().isNotFound());
    }

    @Test
    void laterTheStoredCaseIsShownWithoutTheSendersEmail() throws Exception {
        String reference = submit("later@example.org").getResponse().getRedirectedUrl()
                .replace("/contact/submitted/", "");
        await().atMost(WAIT).untilAsserted(() ->
                mvc.perform(get("/contact/submitted/" + reference)).andExpect(status().isOk()));
        assertThat(mvc.perform(get("/contact/submitted/" + reference)).andReturn().getResponse()
                .getContentAsString()).contains(reference, "3 working days").doesNotContain("later@example.org");
    }

    private MvcResult submit(String email) throws Exception {
        return submit(email, "My bin was not collected on Tuesday.");
    }

    private MvcResult submit(String email, String message) throws Exception {
        return mvc.perform(post("/contact").with(csrf()).param("name", "Nia").param("email", email)
                        .param("topic", "waste").param("message", message)
                        .param("language", "en").param("submissionId", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
    }
}
