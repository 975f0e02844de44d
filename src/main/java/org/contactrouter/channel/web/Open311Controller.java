package org.contactrouter.channel.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.contactrouter.caseload.CaseQueries;
import org.contactrouter.caseload.CaseReference;
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
 * Open311 GeoReport v2 (JSON), so that civic reporting apps such as FixMyStreet can submit reports. The service
 * request id is the case reference; errors use the GeoReport error format {@code [{"code":400,"description":..}]}.
 */
@RestController
@RequestMapping(value = "/open311/v2", produces = MediaType.APPLICATION_JSON_VALUE)
public class Open311Controller {

    private final WebContactService service;
    private final CaseQueries caseQueries;
    private final Map<String, WebChannelProperties.Open311Service> services = new LinkedHashMap<>();

    public Open311Controller(WebContactService service, CaseQueries caseQueries, WebChannelProperties properties) {
        this.service = service;
        this.caseQueries = caseQueries;
        properties.open311Services().forEach(s -> services.put(s.code(), s));
    }

    /** One entry of services.json, named as the specification names it. */
    public record ServiceEntry(String service_code, String service_name, String description, boolean metadata,
                               String type, String keywords, String group) {
    }

    /** The answer to a new request. */
    public record RequestCreated(String service_request_id, String service_notice, String account_id) {
    }

    /** One error, in the GeoReport format. */
    public record Open311Error(int code, String description) {
    }

    @GetMapping("/services.json")
    List<ServiceEntry> services() {
        return services.values().stream()
                .map(s -> new ServiceEntry(s.code(), s.name(), s.description(), false, "realtime", null, s.group()))
                .toList();
    }

    @PostMapping(value = "/requests.json", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> create(@RequestParam Map<String, String> form) {
        List<Open311Error> errors = new ArrayList<>();
        WebChannelProperties.Open311Service requested = services.get(form.get("service_code"));
        if (requested == null) {
            errors.add(new Open311Error(400, form.get("service_code") == null
                    ? "service_code is required" : "service_code '" + form.get("service_code") + "' is not a service"));
        }
        boolean hasLocation = (present(form, "lat") && present(form, "long")) || present(form, "address_string")
                || present(form, "address_id");
        if (!hasLocation) {
            errors.add(new Open311Error(400, "a location is required: lat and long, address_string or address_id"));
        }
        errors.addAll(coordinateErrors(form));
        String name = joinName(form.get("first_name"), form.get("last_name"));
        SubmissionRules.check(name, form.get("email"), form.get("phone"), form.get("description"), null, false)
                .forEach(p -> errors.add(new Open311Error(400, open311Field(p.field()) + ": " + p.message())));
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest().body(errors);
        }
        String reference = service.submit(new WebSubmission("open311", UUID.randomUUID().toString(), name,
                form.get("email"), form.get("phone"), requested.name(), form.get("description"), null, null, locationAttributes(form, requested.code())));
        return ResponseEntity.status(HttpStatus.CREATED).body(List.of(new RequestCreated(reference,
                "Thank you. Your reference is " + reference + ".", null)));
    }

    @GetMapping("/requests/{id}.json")
    ResponseEntity<?> request(@PathVariable String id) {
        Optional<CaseQueries.Open311View> view = CaseReference.parse(id).flatMap(caseQueries::open311View);
        if (view.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(List.of(new Open311Error(404, "no service request " + id)));
        }
        return ResponseEntity.ok(List.of(view.get().asGeoReport()));
    }

    private static List<Open311Error> coordinateErrors(Map<String, String> form) {
        List<Open311Error> errors = new ArrayList<>();
        for (String field : List.of("lat", "long")) {
            if (present(form, field)) {
                try {
                    double value = Double.parseDouble(form.get(field));
                    double limit = field.equals("lat") ? 90 : 180;
                    if (Math.abs(value) > limit) {
                        errors.add(new Open311Error(400, field + " is out of range"));
                    }
                } catch (NumberFormatException e) {
                    errors.add(new Open311Error(400, field + " must be a decimal number"));
                }
            }
        }
        return errors;
    }

    private static Map<String, String> locationAttributes(Map<String, String> form, String serviceCode) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("open311ServiceCode", serviceCode);
        for (String field : List.of("lat", "long", "address_string", "address_id", "media_url", "device_id")) {
            if (present(form, field)) {
                attributes.put(field, form.get(field).trim());
            }
        }
        return attributes;
    }

    private static boolean present(Map<String, String> form, String field) {
        return form.get(field) != null && !form.get(field).isBlank();
    }

    private static String joinName(String first, String last) {
        String name = ((first == null ? "" : first.trim()) + " " + (last == null ? "" : last.trim())).trim();
        return name.isEmpty() ? null : name;
    }

    private static String open311Field(String field) {
        return switch (field) {
            case "message" -> "description";
            case "name" -> "first_name";
            default -> field;
        };
    }
}
