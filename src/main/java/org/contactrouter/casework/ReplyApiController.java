package org.contactrouter.casework;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.contactrouter.channel.phone.CallbackOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/cases/{reference}/replies} queues an officer's reply on the case's own channel;
 * {@code POST /api/v1/cases/{reference}/callbacks} records a call back and its outcome. Only the case's holder or a
 * supervisor may do either (403 otherwise, see {@link CaseworkApiErrors}).
 */
@RestController
@RequestMapping(value = "/api/v1/cases/{reference}", produces = "application/json")
public class ReplyApiController {

    static final int MAX_REPLY_LENGTH = 20_000;

    private final CaseReplies replies;

    public ReplyApiController(CaseReplies replies) {
        this.replies = replies;
    }

    public record ReplyRequest(String body) {
    }

    public record CallbackRequest(String outcome, String notes) {
    }

    @PostMapping("/replies")
    ResponseEntity<?> reply(@PathVariable String reference, @RequestBody ReplyRequest request, Authentication officer) {
        if (request.body() == null || request.body().isBlank() || request.body().length() > MAX_REPLY_LENGTH) {
            return badRequest("body", "Enter a reply of 1 to " + MAX_REPLY_LENGTH + " characters");
        }
        long id = replies.reply(CaseworkAuthorities.actor(officer), reference, request.body());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("replyId", id, "status", "PENDING"));
    }

    @PostMapping("/callbacks")
    ResponseEntity<?> callback(@PathVariable String reference, @RequestBody CallbackRequest request,
                               Authentication officer) {
        CallbackOutcome outcome;
        try {
            outcome = CallbackOutcome.valueOf(String.valueOf(request.outcome()).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return badRequest("outcome", "outcome must be one of REACHED, NO_ANSWER, VOICEMAIL_LEFT");
        }
        long id = replies.recordCallback(CaseworkAuthorities.actor(officer), reference, outcome, request.notes());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("replyId", id, "countsAsResponse",
                outcome.countsAsResponse()));
    }

    private static ResponseEntity<?> badRequest(String field, String message) {
        return ResponseEntity.badRequest().body(Map.of("errors", List.of(Map.of("field", field,
                "message", message))));
    }
}
