package org.contactrouter.web;

import java.util.Map;

import org.contactrouter.intake.IntakeUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * When a contact cannot be queued (broker down), or the database a submission needs first is unreachable (the web
 * channel allocates the case reference before queueing), the citizen or system is told so with a 503 and asked to
 * try again: the submission was not kept, and saying so is better than a silent loss or a bare 500.
 */
@ControllerAdvice
public class UnavailableHandler {

    private static final Logger log = LoggerFactory.getLogger(UnavailableHandler.class);
    static final String TRY_AGAIN = "The service could not take your contact just now and nothing was kept. Please try again in a few minutes.";

    @ExceptionHandler(IntakeUnavailableException.class)
    Object unavailable(IntakeUnavailableException e, HttpServletRequest request) {
        log.error("Contact refused, inbound queue unavailable: {}", e.getMessage());
        return tryAgain(request);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    Object databaseUnavailable(RuntimeException e, HttpServletRequest request) {
        log.error("Request refused, database unavailable: {}", e.getMessage());
        return tryAgain(request);
    }

    private static Object tryAgain(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/contact")) {
            ModelAndView page = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
            page.addObject("status", 503);
            return page;
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", 503, "error", TRY_AGAIN));
    }
}
