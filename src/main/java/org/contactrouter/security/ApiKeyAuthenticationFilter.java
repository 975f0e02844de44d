package org.contactrouter.security;

import java.io.IOException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates council systems by API key ({@code Authorization: Bearer ccr_...} or {@code X-Api-Key}); the key's
 * scopes become its authorities. A key that is wrong or revoked is refused with 401 at once, rather than falling
 * through to other kinds of sign-in.
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeys keys;

    public ApiKeyAuthenticationFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = presentedKey(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        var caller = keys.authenticate(key);
        if (caller.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":401,\"error\":\"the API key is not valid or has been revoked\"}");
            return;
        }
        var authorities = caller.get().scopes().stream().map(s -> new SimpleGrantedAuthority(s.authority())).toList();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "api-key:" + caller.get().name(), null, authorities));
        chain.doFilter(request, response);
    }

    private static String presentedKey(HttpServletRequest request) {
        String header = request.getHeader("X-Api-Key");
        if (header != null) {
            return header;
        }
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.startsWith("Bearer ccr_") ? authorization.substring(7) : null;
    }
}
