package org.contactrouter.web;

import java.io.IOException;

import org.contactrouter.channel.web.WebChannelProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.contactrouter.channel.open311.GeoReportErrors;

/**
 * Refuses a request body over {@code ccr.web.max-body-bytes} with 413 and a reason, before anything reads it. A body
 * without a declared length (chunked) is refused with 411, so the limit cannot be side-stepped.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBodyBytes;

    public RequestSizeLimitFilter(WebChannelProperties properties) {
        this.maxBodyBytes = properties.maxBodyBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean hasBody = "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod())
                || "PATCH".equals(request.getMethod());
        long length = request.getContentLengthLong();
        if (hasBody && length > maxBodyBytes) {
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE,
                    "request body is " + length + " bytes; the limit is " + maxBodyBytes + " bytes");
            return;
        }
        if (hasBody && length < 0 && request.getHeader("Transfer-Encoding") != null) {
            refuse(request, response, HttpStatus.LENGTH_REQUIRED, "a Content-Length is required");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                               String reason) throws IOException {
        if (GeoReportErrors.isOpen311(request.getRequestURI())) {
            GeoReportErrors.write(response, request.getRequestURI(), status.value(), reason);
            return;
        }
        response.setStatus(status.value());
        response.setContentType("application/json");
        response.getWriter().write("{\"status\":" + status.value() + ",\"error\":\"" + reason + "\"}");
    }
}
