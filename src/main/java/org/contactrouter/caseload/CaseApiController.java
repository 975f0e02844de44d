package org.contactrouter.caseload;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/v1/cases} (filtered, paged) and {@code GET /api/v1/cases/{reference}} for staff and systems. */
@RestController
@RequestMapping(value = "/api/v1/cases", produces = "application/json")
public class CaseApiController {

    private static final int MAX_PAGE_SIZE = 200;

    private final CaseQueries queries;

    public CaseApiController(CaseQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    CaseQueries.Page<CaseQueries.CaseSummary> list(@RequestParam(required = false) String status,
                                                   @RequestParam(required = false) String channel,
                                                   @RequestParam(required = false) String serviceArea,
                                                   @RequestParam(defaultValue = "0") int page,
                                                   @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        return queries.list(new CaseQueries.CaseFilter(upper(status), upper(channel), serviceArea), page, size);
    }

    @GetMapping("/{reference}")
    CaseQueries.CaseDetails one(@PathVariable String reference) {
        return CaseReference.parse(reference)
                .flatMap(queries::details)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + reference));
    }

    private static String upper(String value) {
        return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
    }
}
