package org.contactrouter.status;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.contactrouter.caseload.CaseReference;
import org.contactrouter.channel.post.UkPostcode;
import org.contactrouter.channel.web.SubmissionRules;
import org.contactrouter.contact.Identity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Check your contact": the citizen gives the reference and the email address or phone number they used, and sees
 * where the case stands and the replies sent to them. A wrong pair gets the same answer whether or not the
 * reference exists. Every look-up counts against the client's limit ({@code ccr.status-page}); the answer is never
 * cached and never put in the address bar. In Welsh with {@code ?lang=cy} (its form posts it): the status in the
 * citizen's words is {@code status.case.<STATUS>} in messages.properties and messages_cy.properties.
 */
@Controller
@RequestMapping("/status")
class CitizenStatusController {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final CaseStatusLookup lookup;
    private final StatusPageLimiter limiter;

    CitizenStatusController(CaseStatusLookup lookup,
                            @Value("${ccr.status-page.max-attempts:10}") int maxAttempts,
                            @Value("${ccr.status-page.window:10m}") Duration window) {
        this.lookup = lookup;
        this.limiter = new StatusPageLimiter(maxAttempts, window);
    }

    /**
     * A problem with one field, shown in the error summary and beside the field.
     *
     * @param messageKey its words in messages.properties (messages_cy.properties in Welsh)
     */
    record Problem(String field, String messageKey) {
    }

    @GetMapping
    String form() {
        return "status/form";
    }

    @PostMapping
    String check(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String contact,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("reference", reference);
        model.addAttribute("contact", contact);
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", "600");
            return "status/too-many";
        }
        List<Problem> problems = new ArrayList<>();
        Optional<CaseReference> parsed = CaseReference.parse(reference.trim().toUpperCase(Locale.ROOT));
        if (parsed.isEmpty()) {
            problems.add(new Problem("reference", "status.error.reference"));
        }
        Optional<Identity> identity = identity(contact.trim());
        if (identity.isEmpty()) {
            problems.add(new Problem("contact", "status.error.contact"));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return "status/form";
        }
        Optional<CaseStatusLookup.CitizenCase> found = lookup.find(parsed.get().toString(), identity.get().kind(),
                identity.get().value());
        if (found.isEmpty()) {
            model.addAttribute("problems", List.of(new Problem("reference", "status.error.notFound")));
            return "status/form";
        }
        model.addAttribute("c", found.get());
        model.addAttribute("zone", UK);
        return "status/result";
    }

    /**
     * An email address as stored (lower case), a phone number normalised as the contact form stores it, or a postcode
     * as Royal Mail writes it (for a letter writer: matched against the addresses they wrote from there).
     */
    static Optional<Identity> identity(String contact) {
        if (contact.isEmpty()) {
            return Optional.empty();
        }
        if (contact.contains("@")) {
            return Optional.of(Identity.email(contact));
        }
        Optional<String> postcode = UkPostcode.normalise(contact);
        if (postcode.isPresent()) {
            return Optional.of(new Identity(Identity.POSTAL, postcode.get()));
        }
        return SubmissionRules.normalisedPhone(contact).map(Identity::phone);
    }
}
