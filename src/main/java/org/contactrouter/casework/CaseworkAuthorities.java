package org.contactrouter.casework;

import org.springframework.security.core.Authentication;

/** The signed-in member of staff as case actions need them. */
final class CaseworkAuthorities {

    private CaseworkAuthorities() {
    }

    static boolean supervisor(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> "ROLE_SUPERVISOR".equals(a.getAuthority()));
    }

    static CaseActions.Actor actor(Authentication authentication) {
        return new CaseActions.Actor(authentication.getName(), supervisor(authentication));
    }
}
