package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.web.ErrorBody;
import org.alerrt.tracker.platform.web.ErrorMappers;

/**
 * Turns a request in the Alternate Request Syntax (xAPI Communication §1.3) into the request it stands for, so the
 * resources see the intended method, headers, query parameters and body. Authentication runs before servlet filters,
 * so {@code TrackerAuthenticationMechanism} reads the Authorization form field itself. Mapped in web.xml after the
 * CORS filter, so its 400 answers carry the CORS headers.
 */
public class AlternateRequestSyntaxFilter extends HttpFilter {

    @Inject
    XapiDefaultVersion defaultVersion;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!AlternateRequest.isAlternate(request.getQueryString())) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8"); // §1.3.s3.b5; no-op if the mechanism already read the form
        }
        AlternateRequest alternate;
        try {
            alternate = AlternateRequest.parse(
                    request.getMethod(),
                    request.getQueryString(),
                    request.getContentType(),
                    request.getParameterMap(),
                    request.getHeader(XapiVersionFilter.HEADER));
        } catch (Refusal e) {
            response.setStatus(ErrorMappers.status(e.kind()));
            String version = XapiVersion.parse(request.getHeader(XapiVersionFilter.HEADER))
                    .orElse(defaultVersion.get())
                    .header();
            response.setHeader(XapiVersionFilter.HEADER, version);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter()
                    .write(ErrorBody.of(ErrorMappers.status(e.kind()), e.getMessage(), e.property(), e.rule())
                            .toString());
            return;
        }
        chain.doFilter(new Wrapped(request, alternate), response);
    }

    /** The intended request: method, headers and parameters from the form, body from the "content" field. */
    static final class Wrapped extends HttpServletRequestWrapper {

        private final AlternateRequest alternate;
        private final byte[] body;

        Wrapped(HttpServletRequest request, AlternateRequest alternate) {
            super(request);
            this.alternate = alternate;
            this.body = alternate.body();
        }

        @Override
        public String getMethod() {
            return alternate.method();
        }

        @Override
        public String getQueryString() {
            return alternate.queryString();
        }

        @Override
        public String getParameter(String name) {
            List<String> values = alternate.parameters().get(name);
            return values == null ? null : values.get(0);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return alternate.parameters().entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(
                            Map.Entry::getKey, e -> e.getValue().toArray(String[]::new)));
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(alternate.parameters().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            List<String> values = alternate.parameters().get(name);
            return values == null ? null : values.toArray(String[]::new);
        }

        @Override
        public String getHeader(String name) {
            if (name.equalsIgnoreCase("Content-Length")) {
                return Integer.toString(body.length);
            }
            if (alternate.headers().containsKey(name)) {
                return alternate.headers().get(name);
            }
            if (name.equalsIgnoreCase("Content-Type")) {
                return null; // the form's own type is not the content's
            }
            return super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String value = getHeader(name);
            if (alternate.headers().containsKey(name)
                    || name.equalsIgnoreCase("Content-Length")
                    || name.equalsIgnoreCase("Content-Type")) {
                return Collections.enumeration(value == null ? List.of() : List.of(value));
            }
            return super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            Set<String> names = new LinkedHashSet<>();
            for (String n : Collections.list(super.getHeaderNames())) {
                if (!n.equalsIgnoreCase("Content-Type")
                        && !n.equalsIgnoreCase("Content-Length")
                        && !alternate.headers().containsKey(n)) {
                    names.add(n);
                }
            }
            names.addAll(alternate.headers().keySet());
            names.add("Content-Length");
            return Collections.enumeration(names);
        }

        @Override
        public int getIntHeader(String name) {
            String value = getHeader(name);
            return value == null ? -1 : Integer.parseInt(value);
        }

        @Override
        public String getContentType() {
            return alternate.headers().get("Content-Type");
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the alternate-syntax body is already in memory");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }
    }
}
