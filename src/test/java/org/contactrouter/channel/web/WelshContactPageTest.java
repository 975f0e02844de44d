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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The contact page and its confirmation in Welsh (Welsh Language Standards): at /cyswllt and with ?lang=cy, every
 * word in Welsh with {@code <html lang="cy">}, a toggle to the English page, the language kept through the post and
 * the redirect, and the contact recorded as a Welsh case.
 */
class WelshContactPageTest extends ApplicationTest {

    @Test
    void theWelshAddressShowsTheFormInWelshWithAToggleToEnglish() throws Exception {
        String page = page(get("/cyswllt"));

        assertThat(page).contains("<html lang=\"cy\"", "<title>Anfon neges atom - Llwybrydd Cysylltiadau'r Cyngor</title>",
                        "Beth yw pwnc eich neges?", "Biniau, ailgylchu a gwastraff", "Rhywbeth arall",
                        "Sut gallwn ni eich ateb?", "Neidio i'r prif gynnwys", "Datganiad hygyrchedd", "Mewngofnodi staff",
                        ">Anfon neges</button>", "<input type=\"hidden\" name=\"lang\" value=\"cy\">")
                .doesNotContain("Send us a message", "What is your message about?", "Bins, recycling and waste",
                        "Skip to main content", "Staff sign in");
        assertThat(page).as("the toggle: Cymraeg is the current language, English a link to the English page")
                .contains("<span aria-current=\"true\">Cymraeg</span>",
                        "<a class=\"govuk-link\" href=\"/contact\" hreflang=\"en\" id=\"language-en\">English</a>")
                .containsPattern("<li class=\"ccr-language-select__item\" lang=\"en\">\\s*<a");
        assertThat(page).as("replies in Welsh unless the citizen chooses otherwise")
                .containsPattern("id=\"language-cy\" name=\"language\" type=\"radio\" value=\"cy\" lang=\"cy\" checked");
        assertThat(page(get("/contact").param("lang", "cy"))).contains("<html lang=\"cy\"", "Anfon neges atom");
    }

    @Test
    void theEnglishPageIsInEnglishWithAToggleToTheWelshAddress() throws Exception {
        String page = page(get("/contact"));

        assertThat(page).contains("<html lang=\"en\"", "Send us a message", "Bins, recycling and waste",
                        "<span aria-current=\"true\">English</span>",
                        "<a class=\"govuk-link\" href=\"/cyswllt\" hreflang=\"cy\" id=\"language-cy\">Cymraeg</a>")
                .doesNotContain("Anfon neges atom", "name=\"lang\"")
                .containsPattern("id=\"language\" name=\"language\" type=\"radio\" value=\"en\" lang=\"en\" checked");
    }

    @Test
    void errorsOnTheWelshFormAreInWelshAndLinkToTheirFields() throws Exception {
        String page = page(post("/contact").with(csrf()).param("lang", "cy").param("email", "nid-cyfeiriad")
                .param("phone", "ffoniwch fi").param("message", "").param("language", "cy")
                .param("submissionId", UUID.randomUUID().toString()));

        assertThat(page).contains("<html lang=\"cy\"", "<title>Gwall: Anfon neges atom", "Mae problem wedi codi",
                        "<a href=\"#topic\">Dewiswch beth yw pwnc eich neges</a>",
                        "<a href=\"#email\">Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com</a>",
                        "<a href=\"#phone\">Rhowch rif ffôn, fel 01632 960 001 neu 07700 900 982</a>",
                        "<a href=\"#message\">Rhowch eich neges</a>", "<span class=\"govuk-visually-hidden\">Gwall:</span>",
                        "<input type=\"hidden\" name=\"lang\" value=\"cy\">")
                .doesNotContain("There is a problem", "Enter your message", "Select what your message is about");
        assertThat(page(post("/contact").with(csrf()).param("lang", "cy").param("topic", "waste")
                .param("message", "m".repeat(SubmissionRules.MAX_MESSAGE_LENGTH + 1)).param("language", "cy")
                .param("submissionId", UUID.randomUUID().toString())))
                .contains("Rhowch gyfeiriad e-bost neu rif ffôn er mwyn i ni allu eich ateb",
                        "Rhaid i'ch neges fod yn 5000 nod neu lai");
    }

    @Test
    void aContactSentFromTheWelshPageIsAWelshCaseAndItsConfirmationIsInWelsh() throws Exception {
        MvcResult sent = mvc.perform(post("/contact").with(csrf()).param("lang", "cy").param("name", "Siân")
                        .param("phone", "07700 900321").param("topic", "waste")
                        .param("message", "Mae'r bin gwyrdd heb ei gasglu.").param("language", "cy")
                        .param("submissionId", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String confirmation = sent.getResponse().getRedirectedUrl();
        assertThat(confirmation).matches("/contact/submitted/CR-\\d{4}-\\d{6}\\?lang=cy");
        String reference = confirmation.replaceAll(".*/submitted/([^?]+).*", "$1");

        String page = page(get(confirmation).flashAttrs(sent.getFlashMap()));
        assertThat(page).contains("<html lang=\"cy\"", "Neges wedi'i hanfon", "Eich cyfeirnod", reference,
                        "Ysgrifennwch eich cyfeirnod neu cadwch y dudalen hon", "Beth sy'n digwydd nesaf",
                        "Bydd aelod o staff yn eich ateb o fewn", "<strong>3 diwrnod gwaith</strong>, erbyn",
                        "href=\"/status?lang=cy\"", "href=\"/cyswllt\"",
                        "<a class=\"govuk-link\" href=\"/contact/submitted/" + reference + "\" hreflang=\"en\"")
                .containsPattern("erbyn\\s*<strong>Dydd (Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul) \\d{1,2} "
                        + "(Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \\d{4}</strong>")
                .doesNotContain("Message sent", "working days", "What happens next");

        awaitCase(reference);
        assertThat(caseColumn(reference, "language")).isEqualTo("cy");
        assertThat(caseColumn(reference, "subject")).as("in the case's language").isEqualTo("Biniau, ailgylchu a gwastraff");
        // Later, from the Welsh address: the stored case, still in Welsh; its English page is one click away.
        await().atMost(WAIT).untilAsserted(() -> assertThat(page(get(confirmation)))
                .contains("Neges wedi'i hanfon", reference));
        assertThat(page(get("/contact/submitted/" + reference))).contains("<html lang=\"en\"", "Message sent",
                "3 working days");
    }

    @Test
    void aCitizenOnTheWelshPageMayStillAskForRepliesInEnglish() throws Exception {
        MvcResult sent = mvc.perform(post("/contact").with(csrf()).param("lang", "cy").param("phone", "07700 900322")
                        .param("topic", "highways").param("message", "Pothole on the High Street.")
                        .param("language", "en").param("submissionId", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String reference = sent.getResponse().getRedirectedUrl().replaceAll(".*/submitted/([^?]+).*", "$1");

        awaitCase(reference);
        assertThat(caseColumn(reference, "language")).as("the citizen's own choice").isEqualTo("en");
        assertThat(caseColumn(reference, "subject")).isEqualTo("Roads, pavements and street lights");
    }

    @Test
    void pagesWrittenOnlyInEnglishIgnoreTheWelshParameter() throws Exception {
        String login = page(get("/login").param("lang", "cy"));
        assertThat(login).contains("<html lang=\"en\"", "Skip to main content").doesNotContain("ccr-language-select");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
