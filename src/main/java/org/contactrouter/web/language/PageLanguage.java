package org.contactrouter.web.language;

import java.util.Locale;

/**
 * The language a page is shown in, for its template ({@code pageLanguage}): the links that keep the citizen in that
 * language, and the English / Cymraeg toggle of a page written in both. (The {@code <html lang>} and the words come
 * from the request's locale, which {@link CitizenLocaleResolver} gives.)
 *
 * @param code       "en" or "cy"
 * @param path       the page's own address, without its query
 * @param bilingual  whether the page is also written in the other language, so the toggle is shown
 */
public record PageLanguage(String code, String path, boolean bilingual) {

    static PageLanguage of(Locale locale, String path) {
        return new PageLanguage(CitizenLocaleResolver.isWelsh(locale) ? CitizenLocaleResolver.WELSH_CODE
                : CitizenLocaleResolver.ENGLISH.getLanguage(), path, CitizenLocaleResolver.isBilingual(path));
    }

    public boolean welsh() {
        return CitizenLocaleResolver.WELSH_CODE.equals(code);
    }

    /** A citizen page's address in this page's language: the contact page's Welsh address, or {@code ?lang=cy}. */
    public String in(String target) {
        return welsh() ? welsh(target) : english(target);
    }

    /** A citizen page's address in the language of the request: where a Welsh page redirects to stay in Welsh. */
    public static String addressIn(Locale locale, String target) {
        return CitizenLocaleResolver.isWelsh(locale) ? welsh(target) : english(target);
    }

    /** This page in the other language. */
    public String otherHref() {
        return welsh() ? english(path) : welsh(path);
    }

    private static String welsh(String target) {
        return CitizenLocaleResolver.CONTACT_PAGE.equals(target) ? CitizenLocaleResolver.WELSH_CONTACT_PAGE
                : target + "?" + CitizenLocaleResolver.PARAMETER + "=" + CitizenLocaleResolver.WELSH_CODE;
    }

    private static String english(String target) {
        return CitizenLocaleResolver.WELSH_CONTACT_PAGE.equals(target) ? CitizenLocaleResolver.CONTACT_PAGE : target;
    }
}
