package org.contactrouter.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.contactrouter.officer.Role;

/**
 * Which roles here a user signed in through the council's identity provider holds: the values of their roles claim
 * (e.g. Entra ID app roles) mapped by {@code ccr.security.oidc.role-mapping}. Values not in the mapping give nothing.
 */
public record OidcRoles(String rolesClaim, Map<String, Role> mapping) {

    public Set<Role> rolesOf(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claims.get(rolesClaim) instanceof Collection<?> values) {
            for (Object value : values) {
                Role role = mapping.get(String.valueOf(value));
                if (role != null) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** Usernames here are lower case, as the identity provider's may not be. */
    public static String username(Object claim) {
        return claim == null ? null : claim.toString().trim().toLowerCase(Locale.ROOT);
    }
}
