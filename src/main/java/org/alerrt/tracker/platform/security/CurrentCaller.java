package org.alerrt.tracker.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** The caller the authentication mechanism established for this request (Basic) or session (pages). */
public final class CurrentCaller {

    private CurrentCaller() {}

    public static Optional<Caller> of(HttpServletRequest request) {
        Object attr = request.getAttribute(TrackerAuthenticationMechanism.SESSION_CALLER);
        if (attr == null) {
            HttpSession session = request.getSession(false);
            attr = session == null ? null : session.getAttribute(TrackerAuthenticationMechanism.SESSION_CALLER);
        }
        return Optional.ofNullable((Caller) attr);
    }
}
