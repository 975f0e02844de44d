package org.contactrouter.web.language;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page (Spring's {@code localeResolver}): Welsh on the citizen pages that are in both languages
 * when the address is the Welsh one ({@code /cyswllt}) or asks for it ({@code ?lang=cy}, carried by their links,
 * forms and redirects), English otherwise. Nothing is stored: no cookie, no session, so the choice is in every
 * address the citizen follows and the cookies page stays true.
 */
@Component("localeResolver")
public class CitizenLocaleResolver implements LocaleResolver {

    public static final Locale WELSH = Locale.forLanguageTag("cy");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    /** The parameter that asks for a language, and the value that asks for Welsh. */
    public static final String PARAMETER = "lang";
    public static final String WELSH_CODE = "cy";
    /** The Welsh address of the contact page. */
    public static final String WELSH_CONTACT_PAGE = "/cyswllt";
    public static final String CONTACT_PAGE = "/contact";

    /** The citizen pages written in both languages; every other page is in English only. */
    private static final List<String> BILINGUAL_PAGES = List.of("/", CONTACT_PAGE, WELSH_CONTACT_PAGE, "/status",
            "/accessibility", "/privacy", "/cookies");
    private static final String CONFIRMATION_PAGES = CONTACT_PAGE + "/submitted/";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String path = pathOf(request);
        return path.equals(WELSH_CONTACT_PAGE)
                || isBilingual(path) && WELSH_CODE.equals(request.getParameter(PARAMETER)) ? WELSH : ENGLISH;
    }

    /** The language follows the address, so there is nothing to set. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the page language comes from the address (?lang=cy or /cyswllt)");
    }

    public static boolean isWelsh(Locale locale) {
        return WELSH.getLanguage().equals(locale.getLanguage());
    }

    static boolean isBilingual(String path) {
        return BILINGUAL_PAGES.contains(path) || path.startsWith(CONFIRMATION_PAGES);
    }

    /** The page's address; for the error page, the address that failed, so a Welsh page's error is in Welsh. */
    static String pathOf(HttpServletRequest request) {
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed ? failed
                : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }
}
