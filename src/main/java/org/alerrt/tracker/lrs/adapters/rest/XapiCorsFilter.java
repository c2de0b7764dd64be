package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.alerrt.tracker.platform.web.CorsPolicy;

/**
 * CORS for browser content calling the xAPI: answers preflights (no authentication: browsers send none) and puts
 * the Allow-Origin and Expose-Headers on every other response, errors included. The 401 of authentication, written
 * before any filter runs, gets the same headers from the authentication mechanism. Mapped first in web.xml.
 */
public class XapiCorsFilter extends HttpFilter {

    @Inject
    CorsPolicy cors;

    @Inject
    XapiDefaultVersion defaultVersion;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (CorsPolicy.isPreflight(request)) {
            cors.answerPreflight(request, response);
            // Communication §3.3.s3.b1: every response carries the version header
            response.setHeader(XapiVersionFilter.HEADER, defaultVersion.get().header());
            return;
        }
        cors.applyTo(request, response);
        chain.doFilter(request, response);
    }
}
