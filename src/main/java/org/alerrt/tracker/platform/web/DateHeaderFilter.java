package org.alerrt.tracker.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * RFC 9110 §6.6.1: an origin server with a clock MUST send Date; Payara Micro does not. xAPI clients compare it
 * with X-Experience-API-Consistent-Through. Set before the chain so every answer, errors included, has it.
 */
public class DateHeaderFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        stamp(response);
        chain.doFilter(request, response);
    }

    /** For answers written before any filter runs (the authentication mechanism's). */
    public static void stamp(HttpServletResponse response) {
        response.setDateHeader("Date", System.currentTimeMillis());
    }
}
