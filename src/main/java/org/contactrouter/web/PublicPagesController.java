package org.contactrouter.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The council's statutory pages, linked from every footer; their words are in config/templates/pages/, and they
 * may quote the settings that make them true (how long personal data is kept).
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
    String accessibility() {
        return "accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "privacy";
    }

    @GetMapping("/cookies")
    String cookies() {
        return "cookies";
    }
}
