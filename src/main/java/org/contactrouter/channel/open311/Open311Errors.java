package org.contactrouter.channel.open311;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every Open311 refusal as the specification's error list, in the format the address asked for: a client parses
 * one shape whatever went wrong, never Spring's own error body.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
class Open311Errors {

    @ExceptionHandler(Open311Refusal.class)
    ResponseEntity<Object> refused(Open311Refusal refusal, HttpServletRequest request) {
        return GeoReportFormat.ofPath(request.getRequestURI()).errors(refusal.status(), refusal.reasons());
    }

    /** Anything else a handler could not do with the request (a bad parameter, an unreadable body). */
    @ExceptionHandler({org.springframework.web.bind.ServletRequestBindingException.class,
            org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
            org.springframework.http.converter.HttpMessageNotReadableException.class})
    ResponseEntity<Object> unreadable(Exception e, HttpServletRequest request) {
        return GeoReportFormat.ofPath(request.getRequestURI()).errors(400, List.of("the request could not be read: "
                + e.getMessage()));
    }
}
