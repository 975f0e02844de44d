package org.contactrouter.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** The staff list of all cases at /cases. */
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
    void onlyStaffWhoHaveSignedInSeeIt() throws Exception {
        mvc.perform(get("/cases")).andExpect(status().is3xxRedirection());
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(OFFICER).roles("OFFICER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
