package org.contactrouter.casework;

import java.util.Map;

import org.contactrouter.reply.ReplyService;
import org.contactrouter.routing.CaseActionRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the casework API says no: 403 when the caller neither holds the case nor supervises, 409 when the case
 * itself does not allow the action (closed, not in the queue, nothing to answer), each with the reason.
 */
@RestControllerAdvice(assignableTypes = {CaseworkApiController.class, ReplyApiController.class})
class CaseworkApiErrors {

    @ExceptionHandler(NotCaseHolder.class)
    ResponseEntity<?> notHolder(NotCaseHolder e) {
        return refusal(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler({CaseActionRefused.class, ReplyService.ReplyRefused.class})
    ResponseEntity<?> refused(RuntimeException e) {
        return refusal(HttpStatus.CONFLICT, e.getMessage());
    }

    private static ResponseEntity<?> refusal(HttpStatus status, String reason) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "error", reason));
    }
}
