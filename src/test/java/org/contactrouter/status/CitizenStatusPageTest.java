package org.contactrouter.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.intake.IntakeService;
import org.contactrouter.persistence.SqlTime;
import org.contactrouter.supervision.SupervisionApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

/** The citizens' status page: the right pair shows the case and replies; a wrong pair reveals nothing. */
class CitizenStatusPageTest extends SupervisionApplicationTest {

    @Autowired
    IntakeService intake;

    private ResultActions check(String client, String reference, String contact) throws Exception {
        return check(client, reference, contact, "en");
    }

    /** A look-up from the page in the language ("en" or "cy"), as its form posts it. */
    private ResultActions check(String client, String reference, String contact, String language) throws Exception {
        return mvc.perform(post("/status").with(csrf()).param("reference", reference).param("contact", contact)
                .param("lang", language).with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                }));
    }

    private String body(ResultActions result) throws Exception {
        // The CSRF token differs per request; everything else must not.
        return result.andReturn().getResponse().getContentAsString()
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private String caseFrom(Identity identity) {
        return intake.accept(Contact.builder(Channel.EMAIL, "test", UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of("Jo", identity)).subject("My green bin").body("Missed again").build()).reference();
    }

    @Test
    void theRightPairShowsTheStatusAndTheRepliesSent() throws Exception {
        String email = "status-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String reference = caseFrom(Identity.email(email));
        jdbc.sql("""
                        insert into reply (case_id, channel, author, body, status, created_at, sent_at, kind)
                        select id, 'EMAIL', 'tester', :body, :status, :now, :now, 'REPLY' from cases where reference = :r""")
                .param("body", "We will collect your bin on Thursday.").param("status", "SENT")
                .param("now", SqlTime.of(Instant.now())).param("r", reference).update();
        jdbc.sql("""
                        insert into reply (case_id, channel, author, body, status, created_at, kind)
                        select id, 'EMAIL', 'tester', 'Draft not sent', 'PENDING', :now, 'REPLY' from cases where reference = :r""")
                .param("now", SqlTime.of(Instant.now())).param("r", reference).update();

        String page = body(check("10.0.0.1", reference.toLowerCase(), " " + email.toUpperCase() + " ")
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store")));

        assertThat(page).contains("Your contact", reference, "We will collect your bin on Thursday.", "My green bin")
                .doesNotContain("Draft not sent", "tester");
    }

    @Test
    void aPhoneNumberIsMatchedHoweverItIsWritten() throws Exception {
        String reference = caseFrom(Identity.phone("+447700900456"));
        assertThat(body(check("10.0.0.2", reference, "07700 900456"))).contains("Your contact", reference);
    }

    @Test
    void aLetterWriterChecksWithThePostcodeTheyWroteFrom() throws Exception {
        String street = "Heol " + UUID.randomUUID().toString().substring(0, 8);
        String reference = caseFrom(Identity.postal("CF10 4UW", "12 " + street));

        assertThat(body(check("10.0.0.77", reference, " cf104uw "))).contains("Your contact", reference);
        assertThat(body(check("10.0.0.77", reference, "CF10 4UX"))).contains("We could not find a contact")
                .doesNotContain("Your contact");
        assertThat(body(check("10.0.0.77", reference, "CF10 4"))).as("half a postcode is neither").contains(
                "Enter the email address or phone number you gave us");
    }

    @Test
    void aWrongPairAndAnUnknownReferenceGetTheIdenticalAnswer() throws Exception {
        String reference = caseFrom(Identity.email("owner-" + UUID.randomUUID() + "@example.org"));

        String wrongContact = body(check("10.0.0.3", reference, "someone-else@example.org").andExpect(status().isOk()));
        String unknownReference = body(check("10.0.0.3", "CR-2097-999999", "someone-else@example.org")
                .andExpect(status().isOk()));

        assertThat(wrongContact).contains("We could not find a contact with that reference and email address or phone number.").doesNotContain("Your contact")
                .isEqualTo(unknownReference.replace("CR-2097-999999", reference));
    }

    @Test
    void missingFieldsAreNamedInTheErrorSummary() throws Exception {
        String page = body(check("10.0.0.4", "not a reference", ""));
        assertThat(page).contains("There is a problem", "href=\"#reference\"", "href=\"#contact\"",
                "Enter the email address or phone number you gave us", "<title>Error: Check your contact");
        mvc.perform(get("/status")).andExpect(status().isOk());
    }

    @Test
    void inWelshTheFormTheAnswerAndItsErrorsAreInWelsh() throws Exception {
        String form = HtmlUtils.htmlUnescape(mvc.perform(get("/status").param("lang", "cy"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form).contains("<html lang=\"cy\"", "<title>Gwirio eich cyswllt", "Eich cyfeirnod",
                        "Y cyfeiriad e-bost neu'r rhif ffôn a roesoch i ni", ">Gwirio</button>",
                        "<input type=\"hidden\" name=\"lang\" value=\"cy\">",
                        "<a class=\"govuk-link\" href=\"/status\" hreflang=\"en\" id=\"language-en\">English</a>")
                .doesNotContain("Check your contact", "Your reference");

        String email = "statws-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String reference = caseFrom(Identity.email(email));
        jdbc.sql("""
                        insert into reply (case_id, channel, author, body, status, created_at, sent_at, kind)
                        select id, 'EMAIL', 'system', 'Diolch am eich e-bost.', 'SENT', :now, :now, 'ACKNOWLEDGEMENT'
                        from cases where reference = :r""")
                .param("now", SqlTime.of(Instant.now())).param("r", reference).update();
        String answer = HtmlUtils.htmlUnescape(body(check("10.0.0.7", reference, email, "cy")
                .andExpect(status().isOk())));
        assertThat(answer).contains("<html lang=\"cy\"", "Eich cyswllt", reference, "Statws",
                        "Wedi dod i law: mae'n aros am y swyddog nesaf sydd ar gael", "Beth rydym wedi'i anfon atoch",
                        "<strong>Cydnabyddiaeth</strong>", "Diolch am eich e-bost.", "href=\"/status?lang=cy\"")
                .doesNotContain("Your contact", "Acknowledgement", "waiting for the next available officer");

        String errors = HtmlUtils.htmlUnescape(body(check("10.0.0.7", "nid cyfeirnod", "", "cy")));
        assertThat(errors).contains("<title>Gwall: Gwirio eich cyswllt", "Mae problem wedi codi",
                        "<a href=\"#reference\">Rhowch eich cyfeirnod, fel CR-2026-000123</a>",
                        "<a href=\"#contact\">Rhowch y cyfeiriad e-bost neu'r rhif ffôn a roesoch i ni</a>")
                .doesNotContain("There is a problem");
    }

    @Test
    void aClientIsRefusedAfterItsAttempts() throws Exception {
        for (int i = 0; i < STATUS_PAGE_ATTEMPTS; i++) {
            check("10.0.0.5", "CR-2097-00000" + (i + 1), "guess@example.org").andExpect(status().isOk());
        }
        check("10.0.0.5", "CR-2097-000009", "guess@example.org").andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        // Another client is not affected.
        check("10.0.0.6", "CR-2097-000009", "guess@example.org").andExpect(status().isOk());
    }
}
