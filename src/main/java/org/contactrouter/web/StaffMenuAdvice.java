package org.contactrouter.web;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.contactrouter.officer.Officer;
import org.contactrouter.officer.OfficerDirectory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page rendered for a signed-in member of staff their menu ({@code staffMenu}; absent for citizens). */
@ControllerAdvice
class StaffMenuAdvice {

    private final OfficerDirectory officers;

    StaffMenuAdvice(OfficerDirectory officers) {
        this.officers = officers;
    }

    @ModelAttribute("staffMenu")
    StaffMenu staffMenu(HttpServletRequest request) {
        // Read from the context, not a handler argument: the error page is rendered on a forward that has none.
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Set<String> roles = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        String name = officers.find(signedIn.getName()).map(Officer::displayName)
                .filter(n -> n != null && !n.isBlank()).orElse(signedIn.getName());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return StaffMenu.of(name, roles, path);
    }
}
