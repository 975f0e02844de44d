package org.contactrouter.channel.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.contactrouter.caseload.CaseQueries;
import org.contactrouter.caseload.CaseReference;
import org.contactrouter.channel.web.WebChannelProperties;
import org.contactrouter.channel.web.WebContactService;
import org.contactrouter.channel.web.WebSubmission;
import org.contactrouter.security.ApiKeys;
import org.contactrouter.security.ApiScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2, in XML (its default) and JSON, so that FixMyStreet and other civic apps work against the
 * council unchanged: discovery, the service list and definitions, new requests, and requests read back by id or
 * listed with the specification's filters. The service request id is the case reference. Every refusal is the
 * specification's error list (Open311Errors), in the format the address asked for.
 */
@RestController
@RequestMapping("/open311/v2")
public class Open311Controller {

    /** The specification's defaults for GET requests: the last 90 days, at most 1,000 requests. */
    static final Duration DEFAULT_SPAN = Duration.ofDays(90);
    static final int MAX_REQUESTS = 1000;

    private final WebContactService submissions;
    private final CaseQueries cases;
    private final ApiKeys apiKeys;
    private final Clock clock;
    private final Map<String, WebChannelProperties.Open311Service> services = new LinkedHashMap<>();
    private final String jurisdictionId;
    private final boolean apiKeyRequired;
    private final String publicUrl;
    private final Instant changeset;

    public Open311Controller(WebContactService submissions, CaseQueries cases, ApiKeys apiKeys, Clock clock,
                             WebChannelProperties properties) {
        this.submissions = submissions;
        this.cases = cases;
        this.apiKeys = apiKeys;
        this.clock = clock;
        properties.open311Services().forEach(s -> services.put(s.code(), s));
        this.jurisdictionId = properties.open311JurisdictionId().trim();
        this.apiKeyRequired = properties.open311ApiKeyRequired();
        this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
        // The services come from configuration read at start-up, so they change only with a restart.
        this.changeset = clock.instant();
    }

    @GetMapping("/discovery.{format}")
    ResponseEntity<Object> discovery(@PathVariable String format) {
        return GeoReportFormat.of(format).single("discovery", GeoReport.discovery(publicUrl, changeset));
    }

    @GetMapping("/services.{format}")
    ResponseEntity<Object> services(@PathVariable String format,
                                    @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        GeoReportFormat answer = GeoReportFormat.of(format);
        checkJurisdiction(jurisdiction);
        return answer.list(HttpStatus.OK, "services", "service",
                services.values().stream().map(GeoReport::service).toList());
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<Object> definition(@PathVariable String code, @PathVariable String format,
                                      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        GeoReportFormat answer = GeoReportFormat.of(format);
        checkJurisdiction(jurisdiction);
        return answer.single("service_definition", GeoReport.definition(service(code)));
    }

    @PostMapping("/requests.{format}")
    ResponseEntity<Object> create(@PathVariable String format, @RequestParam Map<String, String> form,
                                  HttpServletRequest request) {
        GeoReportFormat answer = GeoReportFormat.of(format);
        if (request.getContentType() == null || !MediaType.parseMediaType(request.getContentType())
                .isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
            throw new Open311Refusal(400, "send the request as application/x-www-form-urlencoded, as GeoReport v2"
                    + " says (it was " + (request.getContentType() == null ? "not given" : request.getContentType())
                    + ")");
        }
        checkJurisdiction(form.get("jurisdiction_id"));
        checkApiKey(form.get("api_key"));
        String code = form.get("service_code");
        if (code == null || code.isBlank()) {
            throw new Open311Refusal(400, "service_code is required");
        }
        WebChannelProperties.Open311Service service = service(code);
        List<String> problems = ServiceRequestRules.problems(form, service);
        if (!problems.isEmpty()) {
            throw new Open311Refusal(400, problems);
        }
        String reference = submissions.submit(new WebSubmission("open311", UUID.randomUUID().toString(),
                ServiceRequestRules.name(form), form.get("email"), form.get("phone"), service.name(),
                form.get("description"), null, null, ServiceRequestRules.keptAttributes(form, service.code())));
        return answer.list(HttpStatus.CREATED, "service_requests", "request", List.of(GeoReport.created(reference)));
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<Object> request(@PathVariable String id, @PathVariable String format,
                                   @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        GeoReportFormat answer = GeoReportFormat.of(format);
        checkJurisdiction(jurisdiction);
        CaseQueries.Open311View view = CaseReference.parse(id).flatMap(cases::open311View)
                .orElseThrow(() -> new Open311Refusal(404, "service_request_id '" + id + "' was not found"));
        return answer.list(HttpStatus.OK, "service_requests", "request", List.of(GeoReport.request(view)));
    }

    /**
     * Requests by id (a comma-separated list; the other filters are then ignored, as the specification says), or
     * by service code, status and the date range they were requested in: the last 90 days unless given.
     */
    @GetMapping("/requests.{format}")
    ResponseEntity<Object> requests(@PathVariable String format, @RequestParam Map<String, String> query) {
        GeoReportFormat answer = GeoReportFormat.of(format);
        checkJurisdiction(query.get("jurisdiction_id"));
        if (present(query.get("service_request_id"))) {
            List<Map<String, Object>> found = csv(query.get("service_request_id")).stream()
                    .map(id -> CaseReference.parse(id).flatMap(cases::open311View)).flatMap(Optional::stream)
                    .map(GeoReport::request).toList();
            return answer.list(HttpStatus.OK, "service_requests", "request", found);
        }
        Set<String> codes = Set.copyOf(csv(query.get("service_code")));
        codes.stream().filter(code -> !services.containsKey(code)).findFirst().ifPresent(code -> {
            throw new Open311Refusal(404, "service_code '" + code + "' is not a service");
        });
        Instant end = instant(query, "end_date").orElse(null);
        Instant start = instant(query, "start_date").orElse(null);
        if (end == null) {
            end = start == null ? clock.instant() : start.plus(DEFAULT_SPAN);
        }
        if (start == null) {
            start = end.minus(DEFAULT_SPAN);
        }
        if (start.isAfter(end)) {
            throw new Open311Refusal(400, "start_date must not be after end_date");
        }
        Boolean closed = status(query.get("status"));
        List<Map<String, Object>> found = cases.open311Requests(start, end, closed,
                        attributes -> codes.isEmpty() || codes.contains(attributes.get("open311ServiceCode")),
                        MAX_REQUESTS)
                .stream().map(GeoReport::request).toList();
        return answer.list(HttpStatus.OK, "service_requests", "request", found);
    }

    private WebChannelProperties.Open311Service service(String code) {
        WebChannelProperties.Open311Service service = services.get(code);
        if (service == null) {
            throw new Open311Refusal(404, "service_code '" + code + "' is not a service");
        }
        return service;
    }

    private void checkJurisdiction(String given) {
        if (present(given) && !jurisdictionId.isEmpty() && !jurisdictionId.equalsIgnoreCase(given.trim())) {
            throw new Open311Refusal(404, "jurisdiction_id '" + given + "' was not found: this endpoint serves "
                    + jurisdictionId);
        }
    }

    private void checkApiKey(String key) {
        if (!apiKeyRequired) {
            return;
        }
        boolean valid = present(key) && apiKeys.authenticate(key.trim())
                .filter(caller -> caller.scopes().contains(ApiScope.CONTACTS_WRITE)).isPresent();
        if (!valid) {
            throw new Open311Refusal(403, "api_key is missing or not valid: ask the council for a key with the"
                    + " contacts:write scope");
        }
    }

    private static Optional<Instant> instant(Map<String, String> query, String field) {
        String value = query.get(field);
        if (!present(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.trim()).toInstant());
        } catch (DateTimeParseException e) {
            throw new Open311Refusal(400, field + " must be a W3C date and time, for example"
                    + " 2026-12-01T09:00:00Z (it was '" + value + "')");
        }
    }

    /** null for any status; open or closed, or both, as the specification's comma-separated list. */
    private static Boolean status(String value) {
        Set<String> given = csv(value).stream().map(s -> s.toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toSet());
        if (!Set.of("open", "closed").containsAll(given)) {
            throw new Open311Refusal(400, "status must be open, closed or both (it was '" + value + "')");
        }
        return given.size() == 1 ? given.contains("closed") : null;
    }

    private static List<String> csv(String value) {
        return !present(value) ? List.of() : new ArrayList<>(Arrays.stream(value.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
