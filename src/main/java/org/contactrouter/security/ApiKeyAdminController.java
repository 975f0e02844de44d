package org.contactrouter.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators issue, list and revoke API keys ({@code /api/v1/admin/api-keys}). */
@RestController
@RequestMapping(value = "/api/v1/admin/api-keys", produces = "application/json")
public class ApiKeyAdminController {

    private final ApiKeys keys;

    public ApiKeyAdminController(ApiKeys keys) {
        this.keys = keys;
    }

    public record IssueRequest(String name, List<String> scopes) {
    }

    @PostMapping
    ResponseEntity<?> issue(@RequestBody IssueRequest request, Authentication administrator) {
        try {
            Set<ApiScope> scopes = (request.scopes() == null ? List.<String>of() : request.scopes()).stream()
                    .map(ApiScope::fromKey).collect(Collectors.toSet());
            return ResponseEntity.status(HttpStatus.CREATED).body(keys.issue(request.name(), scopes,
                    administrator.getName()));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("status", 400, "error", e.getMessage()));
        }
    }

    @GetMapping
    List<ApiKeys.ApiKeyView> list() {
        return keys.list();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id, Authentication administrator) {
        return keys.revoke(id, administrator.getName()) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }
}
