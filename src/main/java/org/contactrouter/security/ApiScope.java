package org.contactrouter.security;

import java.util.Locale;

/** What a council system's API key may do. */
public enum ApiScope {
    /** Submit contacts: POST /api/v1/contacts, /api/v1/contacts/phone and /api/v1/contacts/post. */
    CONTACTS_WRITE("contacts:write"),
    /** Read cases: GET /api/v1/cases. */
    CASES_READ("cases:read"),
    /** Read reports: /api/v1/reports. */
    REPORTS_READ("reports:read");

    private final String key;

    ApiScope(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The Spring Security authority a key with this scope holds. */
    public String authority() {
        return "SCOPE_" + key;
    }

    public static ApiScope fromKey(String key) {
        for (ApiScope scope : values()) {
            if (scope.key.equals(key.trim().toLowerCase(Locale.ROOT))) {
                return scope;
            }
        }
        throw new IllegalArgumentException("'" + key + "' is not a scope (contacts:write, cases:read, reports:read)");
    }
}
