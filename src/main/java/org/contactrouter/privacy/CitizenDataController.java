package org.contactrouter.privacy;

import java.util.Map;

import org.contactrouter.channel.web.SubmissionRules;
import org.contactrouter.contact.Identity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subject access and erasure for administrators: {@code GET /api/v1/admin/citizens/export?kind=email&value=...} and
 * {@code POST /api/v1/admin/citizens/erase {"kind":"email","value":"..."}}.
 */
@RestController
@RequestMapping(value = "/api/v1/admin/citizens", produces = "application/json")
public class CitizenDataController {

    private final CitizenData data;

    public CitizenDataController(CitizenData data) {
        this.data = data;
    }

    public record IdentityRequest(String kind, String value) {
    }

    /** Phone numbers are looked up in E.164, however they were typed. */
    private static Identity identity(String kind, String value) {
        String normalised = Identity.PHONE.equals(kind) ? SubmissionRules.normalisedPhone(value).orElse(value) : value;
        return new Identity(kind, normalised);
    }

    @GetMapping("/export")
    ResponseEntity<?> export(@RequestParam String kind, @RequestParam String value, Authentication administrator) {
        return data.export(identity(kind, value), administrator.getName())
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("status", 404, "error", "no citizen with that " + kind)));
    }

    @PostMapping("/erase")
    ResponseEntity<?> erase(@RequestBody IdentityRequest request, Authentication administrator) {
        try {
            return data.erase(identity(request.kind(), request.value()), administrator.getName())
                    .<ResponseEntity<?>>map(cases -> ResponseEntity.ok(Map.of("casesAnonymised", cases)))
                    .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                            .body(Map.of("status", 404, "error", "no citizen with that " + request.kind())));
        } catch (IllegalArgumentException | NullPointerException e) {
            return ResponseEntity.badRequest().body(Map.of("status", 400, "error", "give kind and value"));
        } catch (CitizenData.OpenCases e) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of("status", 409, "error", e.getMessage(), "openCases", e.references()));
        }
    }
}
