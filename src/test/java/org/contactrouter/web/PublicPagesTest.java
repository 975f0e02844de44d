package org.contactrouter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.contactrouter.ApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * The pages a public body must publish, in the council's words from config/templates/pages/, linked from every
 * footer; and a contact type for asking for something in another format.
 */
class PublicPagesTest extends ApplicationTest {

    @Test
    void theStatementNoticeAndCookiesPageArePublicAndInTheCouncilsLayout() throws Exception {
        assertThat(page("/accessibility")).contains("<title>Accessibility statement - Council Contact Router",
                "WCAG) 2.2 level AA", "Skip to main content");
        assertThat(page("/privacy")).as("the retention period the system applies")
                .contains("<strong>24 months</strong> after your case is closed");
        assertThat(page("/cookies")).contains("JSESSIONID");
    }

    @Test
    void inWelshTheyAreTheCouncilsWelshPagesAndEveryWelshFooterLinksToThem() throws Exception {
        assertThat(page("/accessibility?lang=cy")).contains("<html lang=\"cy\"",
                        "<title>Datganiad hygyrchedd - Llwybrydd", "WCAG) 2.2 lefel AA", "href=\"/cyswllt\"")
                .doesNotContain("Accessibility statement");
        assertThat(page("/privacy?lang=cy")).as("the same retention period, in Welsh")
                .contains("<strong>24 mis</strong> ar ôl i'ch achos gael ei gau");
        assertThat(page("/cookies?lang=cy")).contains("<h1 class=\"govuk-heading-l\">Cwcis</h1>", "JSESSIONID",
                "href=\"/cookies\" hreflang=\"en\"");
        for (String url : new String[] {"/?lang=cy", "/cyswllt", "/status?lang=cy", "/privacy?lang=cy"}) {
            assertThat(page(url)).as(url).contains("href=\"/accessibility?lang=cy\">Datganiad hygyrchedd<",
                    "href=\"/privacy?lang=cy\">Preifatrwydd<", "href=\"/cookies?lang=cy\">Cwcis<");
        }
    }

    @Test
    void everyFooterLinksToThem() throws Exception {
        for (String url : new String[] {"/", "/contact", "/status", "/login"}) {
            assertThat(page(url)).as(url).contains("href=\"/accessibility\">Accessibility statement<",
                    "href=\"/privacy\">Privacy<", "href=\"/cookies\">Cookies<");
        }
    }

    @Test
    void aCitizenCanAskForSomethingInAnotherFormat() throws Exception {
        assertThat(page("/contact")).contains("value=\"alternative-format\"",
                "Ask for something in another format (large print, easy read, audio or Braille)");
        String redirect = mvc.perform(post("/contact").with(csrf()).param("name", "Glen").param("email",
                                unique("glen") + "@example.org").param("topic", "alternative-format")
                        .param("message", "Please send my council tax bill in large print.").param("language", "en")
                        .param("submissionId", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String reference = redirect.replace("/contact/submitted/", "");
        awaitCase(reference);
        assertThat(caseColumn(reference, "service_area")).isEqualTo("alternative-format");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
