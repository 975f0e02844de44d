package org.contactrouter.channel.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/contacts}: other council systems submit a citizen contact as JSON. Giving {@code externalId}
 * makes a retried request the same contact.
 */
@RestController
@RequestMapping("/api/v1/contacts")
public class ContactApiController {

    private final WebContactService service;

    public ContactApiController(WebContactService service) {
        this.service = service;
    }

    /** The request body. */
    public record ContactRequest(String externalId, String name, String email, String phone, String subject,
                                 String message, String serviceArea, String language) {
    }

    /** The answer: the case reference the contact is stored under. */
    public record ContactAccepted(String reference, String status) {
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    ResponseEntity<?> submit(@RequestBody ContactRequest request) {
        List<SubmissionRules.Problem> problems = new ArrayList<>(SubmissionRules.check(request.name(),
                request.email(), request.phone(), request.message(), request.language(), true));
        if (request.subject() != null && request.subject().length() > 200) {
            problems.add(new SubmissionRules.Problem("subject", "Subject must be 200 characters or fewer"));
        }
        if (request.externalId() != null && (request.externalId().isBlank() || request.externalId().length() > 200)) {
            problems.add(new SubmissionRules.Problem("externalId", "externalId must be 1 to 200 characters"));
        }
        if (!problems.isEmpty()) {
            return ResponseEntity.badRequest().body(new ApiErrors(problems));
        }
        String submissionId = request.externalId() == null ? UUID.randomUUID().toString() : request.externalId();
        String reference = service.submit(new WebSubmission("api", submissionId, request.name(), request.email(),
                request.phone(), request.subject(), request.message(), request.serviceArea(),
                request.language(), Map.of()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ContactAccepted(reference, "accepted"));
    }

    /** Field-level reasons for a 400. */
    public record ApiErrors(List<SubmissionRules.Problem> errors) {
    }
}
