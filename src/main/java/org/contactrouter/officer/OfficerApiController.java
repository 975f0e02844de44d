package org.contactrouter.officer;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff management for administrators ({@code GET/PUT /api/v1/officers/{username}}) and presence for each officer
 * ({@code PUT /api/v1/officers/me/presence}).
 */
@RestController
@RequestMapping(value = "/api/v1/officers", produces = "application/json")
public class OfficerApiController {

    private final OfficerDirectory directory;
    private final OfficerAdministration administration;
    private final Clock clock;

    public OfficerApiController(OfficerDirectory directory, OfficerAdministration administration, Clock clock) {
        this.directory = directory;
        this.administration = administration;
        this.clock = clock;
    }

    public record PresenceRequest(String presence) {
    }

    @GetMapping
    List<Officer> all() {
        return directory.all();
    }

    @GetMapping("/{username}")
    ResponseEntity<Officer> one(@PathVariable String username) {
        return ResponseEntity.of(directory.find(username));
    }

    @PutMapping("/{username}")
    Officer save(@PathVariable String username, @RequestBody OfficerAdministration.OfficerChange change) {
        return administration.save(username, change);
    }

    @PutMapping("/me/presence")
    ResponseEntity<?> presence(@RequestBody PresenceRequest request, Authentication officer) {
        try {
            Presence presence = Presence.valueOf(String.valueOf(request.presence()).toUpperCase(Locale.ROOT));
            directory.setPresence(officer.getName(), presence, clock.instant());
            return ResponseEntity.noContent().build();
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("errors", List.of(Map.of("field", "presence",
                    "message", "presence must be AVAILABLE, BUSY, AWAY or OFFLINE"))));
        }
    }

    @ExceptionHandler(OfficerAdministration.InvalidOfficer.class)
    ResponseEntity<?> invalid(OfficerAdministration.InvalidOfficer e) {
        return ResponseEntity.badRequest().body(Map.of("errors", e.messages()));
    }
}
