package org.alerrt.tracker.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alerrt.tracker.platform.config.ServerSettings;
import org.junit.jupiter.api.Test;

/** The session cookie is Secure exactly when people reach the tracker over https. */
class SessionCookieSettingsTest {

    @Test
    void secureWhenThePublicUrlIsHttps() {
        assertTrue(SessionCookieSettings.secure("https://tracker.alerrt.org"));
        assertTrue(SessionCookieSettings.secure(" HTTPS://tracker.alerrt.org:8443/ "));
    }

    @Test
    void notSecureOverPlainHttpOrAnUnusableUrl() {
        assertFalse(SessionCookieSettings.secure("http://127.0.0.1:8080"));
        assertFalse(SessionCookieSettings.secure(ServerSettings.DEFAULT_PUBLIC_URL));
        assertFalse(SessionCookieSettings.secure("tracker.alerrt.org"));
        assertFalse(SessionCookieSettings.secure("https ://broken"));
    }
}
