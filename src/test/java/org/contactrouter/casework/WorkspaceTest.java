package org.contactrouter.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.contactrouter.ApplicationTest;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.intake.IntakeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The officer workspace pages: take the next case, act on it, and see each action on the case's history. */
class WorkspaceTest extends ApplicationTest {

    @Autowired
    IntakeService intake;

    @Test
    void anOfficerTakesTheNextCaseRecordsACallbackAndClosesIt() throws Exception {
        String area = unique("ws");
        String username = officer("ws", Map.of(Channel.PHONE, 1), Set.of(area), Set.of("en"));
        String reference = openCaseIn(area, Contact.builder(Channel.PHONE, "api", UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of("Caller", Identity.phone("+447700900777"))).subject("Missed call").build());
        RequestPostProcessor officer = user(username).roles("OFFICER");

        mvc.perform(get("/workspace").with(officer))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains(reference, "Take the next case")
                        .containsPattern("id=\"queue-counts\"[\\s\\S]*Phone: [1-9]"));
        mvc.perform(post("/workspace/next").with(officer).with(csrf()))
                .andExpect(redirectedUrl("/workspace/cases/" + reference));
        mvc.perform(get("/workspace/cases/" + reference).with(officer))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("Record the callback", "Call the citizen back and record the outcome."));
        mvc.perform(post("/workspace/cases/" + reference + "/callback").with(officer).with(csrf())
                        .param("outcome", "REACHED").param("text", "Explained the collection day"))
                .andExpect(redirectedUrl("/workspace/cases/" + reference));
        mvc.perform(post("/workspace/cases/" + reference + "/close").with(officer).with(csrf())
                        .param("text", "Resolved on the phone"))
                .andExpect(redirectedUrl("/workspace/cases/" + reference));

        assertThat(caseColumn(reference, "status")).isEqualTo("CLOSED");
        assertThat(jdbc.sql("""
                        select e.event_type from case_event e join cases c on c.id = e.case_id
                        where c.reference = :r and e.actor = :u order by e.id""")
                .param("r", reference).param("u", username).query(String.class).list())
                .containsExactly("ASSIGNED", "CALLBACK_RECORDED", "CLOSED");
    }

    @Test
    void anOfficerSetsTheCaseTypeAndExtendsAPhoneFoiWhoseCitizenMustBeCalled() throws Exception {
        String area = unique("ws-foi");
        String username = officer("ws-foi", Map.of(Channel.PHONE, 1), Set.of(area), Set.of("en"));
        String reference = openCaseIn(area, Contact.builder(Channel.PHONE, "api", UUID.randomUUID().toString(),
                Instant.now()).sender(Sender.of("Caller", Identity.phone(unusedDramaNumber())))
                .subject("Asked for information").build());
        transferTo(username, reference);
        RequestPostProcessor officer = user(username).roles("OFFICER");

        mvc.perform(post("/workspace/cases/" + reference + "/case-type").with(officer).with(csrf())
                        .param("caseType", "foi"))
                .andExpect(redirectedUrl("/workspace/cases/" + reference))
                .andExpect(flash().attribute("message", "Case type saved; its deadlines are recomputed."));
        mvc.perform(get("/workspace/cases/" + reference).with(officer))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("Freedom of Information Act 2000, section 10(1)", "Extend the response deadline",
                                "At most 20 working days in all")
                        .doesNotContain("Escalate to the next stage"));

        mvc.perform(post("/workspace/cases/" + reference + "/extend").with(officer).with(csrf())
                        .param("by", "20 working days").param("text", ""))
                .andExpect(flash().attribute("problem", "Say why the deadline is extended: the citizen is told the reason."));
        mvc.perform(post("/workspace/cases/" + reference + "/extend").with(officer).with(csrf())
                        .param("by", "20 working days").param("text", "The public interest test needs more time."))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("Deadline extended to "),
                        org.hamcrest.Matchers.containsString("but the citizen has not been told: this case is answered"
                                + " by phone"))));
        mvc.perform(get("/workspace/cases/" + reference).with(officer))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("40 working days", "includes an extension of 20 working days"));
    }

    @Test
    void anotherOfficerCannotActOnACaseTheyDoNotHold() throws Exception {
        String reference = intake.accept(Contact.builder(Channel.EMAIL, "info", UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of(null, Identity.email("held@example.org"))).subject("x").build()).reference();

        mvc.perform(post("/workspace/cases/" + reference + "/close").with(user("nosy").roles("OFFICER")).with(csrf())
                        .param("text", "closing someone else's case"))
                .andExpect(status().isForbidden())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("take " + reference + " before acting on it"));
        assertThat(caseColumn(reference, "status")).isEqualTo("QUEUED");
    }

    @Test
    void citizensAndAdminsCannotOpenTheWorkspace() throws Exception {
        mvc.perform(get("/workspace")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/workspace").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
    }
}
