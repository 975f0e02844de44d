package org.contactrouter.channel.post;

import java.util.List;

import org.contactrouter.channel.phone.FieldError;
import org.contactrouter.intake.ContactGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/contacts/post}: the post room's scanning software reports one letter. 202 with the letter id
 * when it becomes a contact (queued; posting it again is harmless), 400 with a reason for each bad field. A key
 * with the contacts:write scope is needed, as for every contact API (SecurityConfiguration); a 503 when the queue
 * refuses comes from {@link org.contactrouter.web.UnavailableHandler}.
 */
@RestController
@RequestMapping("/api/v1/contacts/post")
@ConditionalOnBooleanProperty(PostChannelConfiguration.ENABLED)
public class LetterApiController {

    private final LetterRequestMapper mapper;
    private final ContactGateway gateway;

    public LetterApiController(LetterRequestMapper mapper, ContactGateway gateway) {
        this.mapper = mapper;
        this.gateway = gateway;
    }

    public record LetterAnswer(String letterId, String status) {
    }

    /** Field-level reasons for a 400, in the shape {@code POST /api/v1/contacts} uses. */
    public record LetterErrors(List<FieldError> errors) {
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    ResponseEntity<?> report(@RequestBody(required = false) LetterRequest request) {
        if (request == null) {
            return ResponseEntity.badRequest().body(new LetterErrors(List.of(
                    new FieldError("body", "Send one letter as a JSON object"))));
        }
        LetterMapping mapping = mapper.map(request);
        if (mapping instanceof LetterMapping.Accepted accepted) {
            gateway.submit(accepted.contact());
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .body(new LetterAnswer(accepted.contact().channelMessageId(), "accepted"));
        }
        return ResponseEntity.badRequest().body(new LetterErrors(((LetterMapping.Rejected) mapping).errors()));
    }
}
