package org.contactrouter.caseload;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/v1/cases} (searched, filtered, paged) and {@code GET /api/v1/cases/{reference}} for staff and systems. */
@RestController
@RequestMapping(value = "/api/v1/cases", produces = "application/json")
public class CaseApiController {

    private static final int MAX_PAGE_SIZE = 200;

    private final CaseQueries queries;
    private final CaseSearch search;
    private final CaseFilterParser filters;

    public CaseApiController(CaseQueries queries, CaseSearch search, CaseFilterParser filters) {
        this.queries = queries;
        this.search = search;
        this.filters = filters;
    }

    /** The same search and filters as the staff page; an unknown filter value is a 400 saying which values exist. */
    @GetMapping
    CaseSearch.Result list(@RequestParam(required = false) String q,
                           @RequestParam(required = false) String status,
                           @RequestParam(required = false) String channel,
                           @RequestParam(required = false) String serviceArea,
                           @RequestParam(required = false) String officer,
                           @RequestParam(required = false) String slaState,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        return search.find(filters.parse(q, status, channel, serviceArea, officer, slaState), page, size);
    }

    @ExceptionHandler(CaseFilterParser.UnknownFilterValue.class)
    ResponseEntity<Map<String, Object>> unknownFilterValue(CaseFilterParser.UnknownFilterValue e) {
        return ResponseEntity.badRequest().body(Map.of("status", 400, "parameter", e.parameter(),
                "error", e.getMessage()));
    }

    @GetMapping("/{reference}")
    CaseQueries.CaseDetails one(@PathVariable String reference) {
        return CaseReference.parse(reference)
                .flatMap(queries::details)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + reference));
    }
}
