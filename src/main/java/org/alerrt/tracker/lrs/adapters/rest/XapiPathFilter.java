package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Treats repeated slashes under {@code /xapi} as one: content libraries append {@code /statements} to an endpoint
 * that already ends in '/' (launch URLs handed out {@code .../xapi/} until issue 10), giving {@code /xapi//statements},
 * which JAX-RS matches against no resource. The request is passed on, body untouched, with its path normalized, so
 * every method, multipart bodies and the alternate syntax behave as on the single-slash path. Mapped first in web.xml.
 */
public class XapiPathFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        chain.doFilter(uri.contains("//") ? new Normalized(request) : request, response);
    }

    /** "a//b///c" → "a/b/c". */
    static String collapse(String path) {
        if (path == null || !path.contains("//")) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '/' || out.length() == 0 || out.charAt(out.length() - 1) != '/') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The same request with every path view (URI, URL, path info) collapsed. */
    static final class Normalized extends HttpServletRequestWrapper {

        Normalized(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getRequestURI() {
            return collapse(super.getRequestURI());
        }

        @Override
        public StringBuffer getRequestURL() {
            String url = super.getRequestURL().toString();
            int path = url.indexOf("://") < 0 ? 0 : url.indexOf('/', url.indexOf("://") + 3);
            return path < 0
                    ? new StringBuffer(url)
                    : new StringBuffer(url.substring(0, path)).append(collapse(url.substring(path)));
        }

        @Override
        public String getServletPath() {
            return collapse(super.getServletPath());
        }

        @Override
        public String getPathInfo() {
            return collapse(super.getPathInfo());
        }

        @Override
        public String getPathTranslated() {
            return collapse(super.getPathTranslated());
        }
    }
}
