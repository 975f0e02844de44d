package org.contactrouter.channel.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.contactrouter.caseload.CaseReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The citizen contact page: a GOV.UK-style form that answers with the case reference. */
@Controller
@RequestMapping("/contact")
public class ContactPageController {

    private final WebContactService service;
    private final Map<String, String> topics;

    public ContactPageController(WebContactService service, WebChannelProperties properties) {
        this.service = service;
        this.topics = properties.topics();
    }

    @ModelAttribute("topics")
    Map<String, String> topicsForForm() {
        return topics;
    }

    @GetMapping
    String form(Model model) {
        ContactForm form = new ContactForm();
        // A fresh token per form: submitting the same form twice (double click, resubmit) is one contact.
        form.setSubmissionId(UUID.randomUUID().toString());
        model.addAttribute("contactForm", form);
        return "contact/form";
    }

    @PostMapping
    String submit(@ModelAttribute("contactForm") ContactForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        List<SubmissionRules.Problem> problems = SubmissionRules.check(form.getName(), form.getEmail(),
                form.getPhone(), form.getMessage(), form.getLanguage(), true);
        problems.forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
        if (form.getTopic() == null || !topics.containsKey(form.getTopic())) {
            errors.rejectValue("topic", "invalid", "Select what your message is about");
        }
        if (form.getSubmissionId() == null || form.getSubmissionId().isBlank()) {
            form.setSubmissionId(UUID.randomUUID().toString());
        }
        if (errors.hasErrors()) {
            return "contact/form";
        }
        String reference = service.submit(new WebSubmission("web-form", form.getSubmissionId(), blankToNull(form.getName()),
                blankToNull(form.getEmail()), blankToNull(form.getPhone()), topics.get(form.getTopic()),
                form.getMessage(), form.getTopic(), form.getLanguage(), Map.of()));
        redirect.addFlashAttribute("email", blankToNull(form.getEmail()));
        return "redirect:/contact/submitted/" + reference;
    }

    @GetMapping("/submitted/{reference}")
    String submitted(@PathVariable String reference, Model model) {
        model.addAttribute("reference", CaseReference.parse(reference)
                .orElseThrow(() -> new IllegalArgumentException("not a case reference")).toString());
        return "contact/submitted";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
