package org.contactrouter.web.language;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page its {@link PageLanguage}, which the layout reads for its {@code lang}, links and toggle. */
@ControllerAdvice
class PageLanguageAdvice {

    @ModelAttribute("pageLanguage")
    PageLanguage pageLanguage(HttpServletRequest request, Locale locale) {
        return PageLanguage.of(locale, CitizenLocaleResolver.pathOf(request));
    }
}
