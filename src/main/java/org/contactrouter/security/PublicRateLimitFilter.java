package org.contactrouter.security;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.contactrouter.channel.open311.GeoReportErrors;

/**
 * Limits submissions through the public doors — the contact form and Open311 — per client address
 * ({@code ccr.security.public-submissions-per-minute}). Over the limit the client gets 429 with Retry-After and a
 * reason, in the door's own format. Reading pages is not limited; only submissions are.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class PublicRateLimitFilter extends OncePerRequestFilter {

    private final PublicRateLimits limits;

    public PublicRateLimitFilter(@Value("${ccr.security.public-submissions-per-minute:20}") long perMinute) {
        this.limits = new PublicRateLimits(perMinute);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || door(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String door = door(request);
        if (limits.tryConsume(door, request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", "60");
        if ("open311".equals(door)) {
            GeoReportErrors.write(response, request.getRequestURI(), 429, "too many requests: try again in a minute");
        } else {
            response.setStatus(429);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("You have sent a lot of messages in a short time. Please wait a minute and try again.");
        }
    }

    private static String door(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.equals("/contact")) {
            return "contact";
        }
        return GeoReportErrors.isOpen311(path) ? "open311" : null;
    }
}
