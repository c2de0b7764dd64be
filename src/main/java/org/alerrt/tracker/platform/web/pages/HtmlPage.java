package org.alerrt.tracker.platform.web.pages;

import java.util.Optional;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.Roles;

/**
 * The frame every page shares (document head, header with the navigation, footer), for Faces pages through
 * {@code layout.xhtml} ({@link PageChrome}) and for the one page rendered without Faces, the public verify page,
 * whose crowds of scanners must not pay for a component tree (docs/PERFORMANCE.md). Every text put into HTML goes
 * through {@link #escape}.
 */
public final class HtmlPage {

    static final String FOOTER =
            "<footer>ALERRT Center at Texas State University · training records and TCOLE reporting</footer>";

    private HtmlPage() {}

    /**
     * A whole document around already escaped content.
     *
     * @param title plain text; escaped here
     */
    public static String document(String contextPath, Optional<Caller> caller, String title, String content) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>"
                + escape(title) + " · ALERRT Tracker</title><link rel=\"stylesheet\" href=\"" + escape(contextPath)
                + "/resources/css/app.css\"/></head><body>" + header(contextPath, caller) + "<main>" + content
                + "</main>" + FOOTER + "</body></html>";
    }

    /** The header: the brand, the links the caller's roles open, and sign-in or who is signed in. */
    static String header(String contextPath, Optional<Caller> caller) {
        String root = escape(contextPath);
        StringBuilder nav = new StringBuilder();
        boolean admin = caller.map(c -> c.hasRole(Roles.ADMIN)).orElse(false);
        boolean learner = caller.map(c -> c.hasRole(Roles.LEARNER)).orElse(false);
        if (admin) {
            link(nav, null, root + "/admin/courses", "Catalogue");
            link(nav, null, root + "/admin/learners", "Learners");
            link(nav, null, root + "/admin/completions", "Completions");
            link(nav, null, root + "/admin/classes", "Classes");
            link(nav, null, root + "/admin/compliance", "Compliance");
            link(nav, null, root + "/admin/reports", "TCOLE queue");
            link(nav, null, root + "/admin/credentials", "LRS credentials");
            link(nav, null, root + "/admin/upstreams", "Upstream LRSs");
        }
        if (learner) {
            link(nav, null, root + "/learner/", "My training");
            link(nav, "nav-my-courses", root + "/learner/courses", "My courses");
        }
        link(nav, null, root + "/verify", "Verify a certificate");
        if (caller.isPresent()) {
            nav.append("<span class=\"who\">")
                    .append(escape(caller.get().name()))
                    .append("</span><form class=\"signout\" method=\"post\" action=\"")
                    .append(root)
                    .append("/logout\"><button id=\"nav-sign-out\" type=\"submit\">Sign out</button></form>");
        } else {
            link(nav, null, root + "/login", "Sign in");
        }
        return "<header class=\"top\"><a class=\"brand\" href=\"" + root + "/\">ALERRT Tracker</a><nav>" + nav
                + "</nav></header>";
    }

    private static void link(StringBuilder nav, String id, String href, String text) {
        nav.append("<a ");
        if (id != null) {
            nav.append("id=\"").append(id).append("\" ");
        }
        nav.append("href=\"").append(href).append("\">").append(text).append("</a>");
    }

    /**
     * Text safe in element content and in double- or single-quoted attribute values (the five characters HTML
     * gives meaning there); null is empty.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
