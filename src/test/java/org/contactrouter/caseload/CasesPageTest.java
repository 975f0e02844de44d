package org.contactrouter.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** The staff search and list of all cases at /cases, and the same search on the API. */
class CasesPageTest extends ApplicationTest {

    @Autowired
    IntakeService intake;

    @Test
    void staffListCasesNewestFirstFilteredByChannelUnderTheStaffMenu() throws Exception {
        String call = intake.accept(Contact.builder(Channel.PHONE, "api", UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of("Mr Caller", Identity.phone("+447700900555"))).subject("Call about a fallen tree")
                .body("A tree is down on Mill Lane").build()).reference();
        String mail = intake.accept(Contact.builder(Channel.EMAIL, "general", UUID.randomUUID() + "@example.org",
                        Instant.now()).sender(Sender.of(null, Identity.email("writer@example.org")))
                .subject("Email about a pothole").body("A pothole on Mill Lane").build()).reference();

        String phoneOnly = page("/cases?channel=phone");
        assertThat(phoneOnly).contains(call, "Call about a fallen tree").doesNotContain(mail);
        assertThat(phoneOnly).contains("aria-label=\"Staff menu\"", "My workspace").containsOnlyOnce("Sign out");

        String everything = page("/cases");
        assertThat(everything.indexOf(mail)).as("newest first").isPositive().isLessThan(everything.indexOf(call));

        assertThat(page("/cases?status=closed")).doesNotContain(call, mail);
    }

    @Test
    void aSearchLinksEachCaseToItsPageAndCountsTheMatchesByStatus() throws Exception {
        String address = unique("finder") + "@example.org";
        String reference = intake.accept(Contact.builder(Channel.EMAIL, "general", UUID.randomUUID() + "@example.org",
                        Instant.now()).sender(Sender.of("Finder", Identity.email(address)))
                .subject("Blocked drain").body("The drain is blocked").build()).reference();

        String found = page("/cases?q=" + address.toUpperCase());
        assertThat(found).contains("href=\"/workspace/cases/" + reference + "\"", "1 case<")
                .contains("value=\"" + address.toUpperCase() + "\"");
        assertThat(found).as("counts link to the same search in one state")
                .containsPattern("href=\"/cases\\?q=" + address.toUpperCase().replace(".", "\\.")
                        + "&amp;status=queued[^\"]*\">Queued: 1<");
    }

    @Test
    void aFilterThatNamesNothingIsRefusedAtItsFieldOnThePageAndTheApi() throws Exception {
        String refused = mvc.perform(get("/cases?channel=fax&q=bins").with(user(OFFICER).roles("OFFICER")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<title>Error: Find a case", "href=\"#channel\"",
                "&#39;fax&#39; is not a channel: use one of phone, email, web, social", "govuk-form-group--error")
                .as("what was typed stays").contains("value=\"bins\"");

        mvc.perform(get("/api/v1/cases?slaState=late").with(user(OFFICER).roles("OFFICER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString(
                        "'late' is not a SLA state: use one of on_track, at_risk, breached")));
        mvc.perform(get("/api/v1/cases?serviceArea=parking").with(user(OFFICER).roles("OFFICER")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/cases?officer=nobody-here").with(user(OFFICER).roles("OFFICER")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/cases?serviceArea=waste&status=queued&q=bin").with(user(OFFICER).roles("OFFICER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.byStatus").exists());
    }

    @Test
    void onlyStaffWhoHaveSignedInSeeIt() throws Exception {
        mvc.perform(get("/cases")).andExpect(status().is3xxRedirection());
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(OFFICER).roles("OFFICER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
