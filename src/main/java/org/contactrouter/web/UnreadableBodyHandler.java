package org.contactrouter.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A channel API body that is not JSON, or not the shape asked for, is refused with a 400 that says so in the same
 * {@code {"errors":[{"field","message"}]}} form as field errors; without this the caller got a 400 with no reason.
 */
@RestControllerAdvice(basePackages = "org.contactrouter.channel")
public class UnreadableBodyHandler {

    private static final int MAX_DETAIL = 200;

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, List<Map<String, String>>>> unreadable(HttpMessageNotReadableException e) {
        String detail = e.getMostSpecificCause().getMessage();
        detail = detail == null ? "" : detail.lines().findFirst().orElse("");
        if (detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL) + "…";
        }
        return ResponseEntity.badRequest().body(Map.of("errors", List.of(Map.of("field", "body",
                "message", "The body must be one JSON object with the documented fields: " + detail))));
    }
}
