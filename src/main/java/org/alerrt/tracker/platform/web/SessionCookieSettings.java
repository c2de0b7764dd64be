package org.alerrt.tracker.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import java.net.URI;
import java.util.Locale;
import org.alerrt.tracker.platform.config.ServerSettings;

/**
 * The page session cookie's {@code Secure} attribute, which depends on configuration and so cannot be in web.xml:
 * set when {@code tracker.public-url} is https (people then reach the tracker over TLS, so the cookie must never
 * travel in clear), before the first session exists. {@code HttpOnly} as in web.xml. {@code SameSite=Lax} is in
 * WEB-INF/payara-web.xml: Payara 6 does not apply {@code SessionCookieConfig.setAttribute("SameSite", ...)}.
 */
public class SessionCookieSettings implements ServletContextListener {

    @Inject
    ServerSettings server;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        apply(event.getServletContext().getSessionCookieConfig(), server.publicUrl());
    }

    static void apply(SessionCookieConfig cookie, String publicUrl) {
        cookie.setHttpOnly(true);
        cookie.setSecure(secure(publicUrl));
    }

    /** Whether the session cookie is {@code Secure}: when people use the tracker at an https address. */
    static boolean secure(String publicUrl) {
        try {
            String scheme = URI.create(publicUrl.strip()).getScheme();
            return scheme != null && scheme.toLowerCase(Locale.ROOT).equals("https");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
