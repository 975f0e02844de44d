package org.contactrouter.channel.phone;

import java.util.List;

import org.contactrouter.intake.ContactGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code POST /api/v1/contacts/phone}: a contact-centre system reports one call. 202 with the call id when it becomes
 * a contact (queued; posting it again is harmless), 200 with the reason when the policy skips it (an answered call),
 * 400 with field errors when it is invalid. A 503 when the queue refuses comes from
 * {@link org.contactrouter.web.UnavailableHandler}.
 */
@RestController
@RequestMapping("/api/v1/contacts/phone")
@ConditionalOnBooleanProperty(PhoneChannelConfiguration.ENABLED)
public class PhoneCallApiController {

    private final PhoneCallRequestMapper mapper;
    private final ContactGateway gateway;

    public PhoneCallApiController(PhoneCallRequestMapper mapper, ContactGateway gateway) {
        this.mapper = mapper;
        this.gateway = gateway;
    }

    /** The answer to an accepted or skipped call; only a skipped call has a reason. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CallAnswer(String callId, String status, String reason) {
    }

    /** Field-level reasons for a 400, in the shape {@code POST /api/v1/contacts} uses. */
    public record CallErrors(List<FieldError> errors) {
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    ResponseEntity<?> report(@RequestBody(required = false) PhoneCallRequest request) {
        if (request == null) {
            return ResponseEntity.badRequest().body(new CallErrors(List.of(
                    new FieldError("body", "Send one call as a JSON object"))));
        }
        PhoneCallMapping mapping = mapper.map(request);
        if (mapping instanceof PhoneCallMapping.Accepted accepted) {
            gateway.submit(accepted.contact());
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .body(new CallAnswer(accepted.contact().channelMessageId(), "accepted", null));
        }
        if (mapping instanceof PhoneCallMapping.Skipped skipped) {
            return ResponseEntity.ok(new CallAnswer(request.callId().strip(), "skipped", skipped.reason()));
        }
        return ResponseEntity.badRequest().body(new CallErrors(((PhoneCallMapping.Rejected) mapping).errors()));
    }
}
