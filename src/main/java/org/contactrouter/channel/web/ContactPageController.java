package org.contactrouter.channel.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.contactrouter.caseload.CaseQueries;
import org.contactrouter.caseload.CaseReference;
import org.contactrouter.channel.email.EmailAcknowledgements;
import org.contactrouter.classification.Classifier;
import org.contactrouter.contact.Channel;
import org.contactrouter.sla.SlaConfiguration;
import org.contactrouter.web.language.CitizenLocaleResolver;
import org.contactrouter.web.language.PageLanguage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen contact page: a GOV.UK-style form that answers with the case reference. In Welsh at {@code /cyswllt}
 * (or {@code /contact?lang=cy}); the Welsh form posts {@code lang=cy} with its fields and is answered in Welsh, and
 * its reply language starts on Cymraeg, so the case is a Welsh one.
 */
@Controller
public class ContactPageController {

    private final WebContactService service;
    private final Map<String, String> topics;
    private final Map<String, String> welshTopics;
    private final CaseQueries cases;
    private final SlaConfiguration sla;
    private final ObjectProvider<EmailAcknowledgements> emailAcknowledgements;
    private final Classifier classifier;
    private final Clock clock;

    public ContactPageController(WebContactService service, WebChannelProperties properties, CaseQueries cases,
                                 SlaConfiguration sla, ObjectProvider<EmailAcknowledgements> emailAcknowledgements,
                                 Classifier classifier, Clock clock) {
        this.classifier = classifier;
        this.service = service;
        this.topics = properties.topics();
        this.welshTopics = properties.topicsCy();
        this.cases = cases;
        this.sla = sla;
        this.emailAcknowledgements = emailAcknowledgements;
        this.clock = clock;
    }

    /** The topics in the page's language, in the order the council wrote them. */
    @ModelAttribute("topics")
    Map<String, String> topicsForForm(Locale locale) {
        return topicsIn(locale.getLanguage());
    }

    /** Service area -> label, in Welsh for "cy", in the order the council wrote them. */
    private Map<String, String> topicsIn(String language) {
        if (!CitizenLocaleResolver.WELSH_CODE.equals(language)) {
            return topics;
        }
        Map<String, String> inWelsh = new LinkedHashMap<>();
        topics.keySet().forEach(area -> inWelsh.put(area, welshTopics.get(area)));
        return inWelsh;
    }

    @GetMapping({CitizenLocaleResolver.CONTACT_PAGE, CitizenLocaleResolver.WELSH_CONTACT_PAGE})
    String form(Model model, Locale locale) {
        ContactForm form = new ContactForm();
        // A fresh token per form: submitting the same form twice (double click, resubmit) is one contact.
        form.setSubmissionId(UUID.randomUUID().toString());
        form.setLanguage(locale.getLanguage());
        model.addAttribute("contactForm", form);
        return "contact/form";
    }

    @PostMapping(CitizenLocaleResolver.CONTACT_PAGE)
    String submit(@ModelAttribute("contactForm") ContactForm form, BindingResult errors,
                  RedirectAttributes redirect, Locale locale) {
        if (form.getLanguage() == null) {
            form.setLanguage(locale.getLanguage());
        }
        List<SubmissionRules.Problem> problems = SubmissionRules.check(form.getName(), form.getEmail(),
                form.getPhone(), form.getMessage(), form.getLanguage(), true);
        problems.forEach(p -> errors.rejectValue(p.field(), p.messageCode(), p.arguments().toArray(), p.message()));
        if (form.getTopic() == null || !topics.containsKey(form.getTopic())) {
            errors.rejectValue("topic", "error.topic.required", "Select what your message is about");
        }
        if (form.getSubmissionId() == null || form.getSubmissionId().isBlank()) {
            form.setSubmissionId(UUID.randomUUID().toString());
        }
        if (errors.hasErrors()) {
            return "contact/form";
        }
        // The subject in the case's language: officers and the citizen read it in the language of the case.
        String subject = topicsIn(form.getLanguage()).get(form.getTopic());
        String reference = service.submit(new WebSubmission("web-form", form.getSubmissionId(), blankToNull(form.getName()),
                blankToNull(form.getEmail()), blankToNull(form.getPhone()), subject,
                form.getMessage(), form.getTopic(), form.getLanguage(), Map.of()));
        String email = blankToNull(form.getEmail());
        redirect.addFlashAttribute("submitted", new Submitted(reference, form.getTopic(),
                classifier.caseTypeOf(subject, form.getMessage()), clock.instant(),
                email != null && willConfirmByEmail(email, form.getLanguage()) ? email : null));
        return "redirect:" + PageLanguage.addressIn(locale, "/contact/submitted/" + reference);
    }

    /**
     * What the page knows straight after the post (the case is opened from the queue a moment later, with the case
     * type its words give it); {@code confirmationTo} is set only when an email will go.
     */
    record Submitted(String reference, String topic, String caseType, Instant at, String confirmationTo)
            implements Serializable {
    }

    /**
     * The confirmation. Straight after sending, from what was sent; later (a refresh, a bookmark) only for a web
     * case that exists, and without the email promise, which only the sender's own page can make.
     */
    @GetMapping("/contact/submitted/{reference}")
    String submitted(@PathVariable String reference, Model model) {
        CaseReference parsed = CaseReference.parse(reference).orElseThrow(ContactPageController::notFound);
        Submitted submitted = model.getAttribute("submitted") instanceof Submitted s
                && s.reference().equals(parsed.toString()) ? s : null;
        if (submitted == null) {
            CaseQueries.CaseDetails stored = cases.details(parsed).filter(c -> Channel.WEB.name().equals(c.channel()))
                    .orElseThrow(ContactPageController::notFound);
            submitted = new Submitted(stored.reference(), stored.serviceArea(), stored.caseType(), stored.openedAt(), null);
        }
        model.addAttribute("reference", submitted.reference());
        model.addAttribute("email", submitted.confirmationTo());
        model.addAttribute("expectation",
                ReplyExpectation.forWebContact(sla, submitted.topic(), submitted.caseType(), submitted.at()).orElse(null));
        model.addAttribute("zone", sla.calendar().zone());
        return "contact/submitted";
    }

    private boolean willConfirmByEmail(String email, String language) {
        EmailAcknowledgements acknowledgements = emailAcknowledgements.getIfAvailable();
        return acknowledgements != null && acknowledgements.willAcknowledgeWebContact(email, language);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such message");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
