package org.contactrouter.web;

import java.util.Locale;

import org.contactrouter.web.language.CitizenLocaleResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The council's statutory pages, linked from every footer; their words are in config/templates/pages/ (cy/ in Welsh,
 * with {@code ?lang=cy}), and they may quote the settings that make them true (how long personal data is kept).
 */
@Controller
public class PublicPagesController {

    private final int retentionMonths;

    public PublicPagesController(@Value("${ccr.retention.closed-case-months:24}") int retentionMonths) {
        this.retentionMonths = retentionMonths;
    }

    @ModelAttribute
    void settings(Model model) {
        model.addAttribute("retentionMonths", retentionMonths);
    }

    @GetMapping("/accessibility")
    String accessibility(Locale locale) {
        return inLanguage("accessibility", locale);
    }

    @GetMapping("/privacy")
    String privacy(Locale locale) {
        return inLanguage("privacy", locale);
    }

    @GetMapping("/cookies")
    String cookies(Locale locale) {
        return inLanguage("cookies", locale);
    }

    private static String inLanguage(String page, Locale locale) {
        return CitizenLocaleResolver.isWelsh(locale) ? PublicPagesConfiguration.WELSH + page : page;
    }
}
