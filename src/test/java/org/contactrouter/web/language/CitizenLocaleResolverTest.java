package org.contactrouter.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which pages are Welsh, and the addresses that keep a citizen in their language. */
class CitizenLocaleResolverTest {

    private final CitizenLocaleResolver resolver = new CitizenLocaleResolver();

    @Test
    void theWelshAddressAndLangCyOnABilingualPageAreWelshAndNothingElseIs() {
        assertThat(language("/cyswllt", null)).isEqualTo("cy");
        assertThat(language("/contact", "cy")).isEqualTo("cy");
        assertThat(language("/contact/submitted/CR-2026-000001", "cy")).isEqualTo("cy");
        assertThat(language("/status", "cy")).isEqualTo("cy");
        assertThat(language("/", "cy")).isEqualTo("cy");
        assertThat(language("/contact", null)).isEqualTo("en");
        assertThat(language("/contact", "fr")).isEqualTo("en");
        assertThat(language("/workspace", "cy")).as("staff pages are in English only").isEqualTo("en");
        assertThat(language("/privacy", "cy")).as("the council's Welsh privacy notice").isEqualTo("cy");
        assertThat(language("/login", "cy")).isEqualTo("en");
    }

    @Test
    void theErrorPageFollowsTheAddressThatFailed() {
        MockHttpServletRequest error = request("/error", "cy");
        error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/contact/submitted/CR-2026-999999");
        assertThat(resolver.resolveLocale(error).getLanguage()).isEqualTo("cy");

        error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/admin/officers");
        assertThat(resolver.resolveLocale(error).getLanguage()).isEqualTo("en");
    }

    @Test
    void linksAndTheToggleKeepOrSwitchTheLanguage() {
        PageLanguage welshForm = PageLanguage.of(CitizenLocaleResolver.WELSH, "/cyswllt");
        assertThat(welshForm.in("/contact")).isEqualTo("/cyswllt");
        assertThat(welshForm.in("/status")).isEqualTo("/status?lang=cy");
        assertThat(welshForm.otherHref()).isEqualTo("/contact");

        PageLanguage englishForm = PageLanguage.of(CitizenLocaleResolver.ENGLISH, "/contact");
        assertThat(englishForm.in("/status")).isEqualTo("/status");
        assertThat(englishForm.otherHref()).isEqualTo("/cyswllt");
        assertThat(englishForm.bilingual()).isTrue();

        assertThat(PageLanguage.of(CitizenLocaleResolver.WELSH, "/status").otherHref()).isEqualTo("/status");
        assertThat(PageLanguage.of(CitizenLocaleResolver.ENGLISH, "/status").otherHref()).isEqualTo("/status?lang=cy");
        assertThat(PageLanguage.of(CitizenLocaleResolver.ENGLISH, "/workspace").bilingual()).isFalse();
        assertThat(PageLanguage.addressIn(Locale.forLanguageTag("cy"), "/contact/submitted/CR-2026-000001"))
                .isEqualTo("/contact/submitted/CR-2026-000001?lang=cy");
    }

    private String language(String path, String lang) {
        return resolver.resolveLocale(request(path, lang)).getLanguage();
    }

    private static MockHttpServletRequest request(String path, String lang) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (lang != null) {
            request.setParameter("lang", lang);
        }
        return request;
    }
}
