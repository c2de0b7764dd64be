package org.alerrt.tracker.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which 401s carry a Basic challenge (a browser answers it with a sign-in dialog over the course). */
class UnauthorizedChallengeTest {

    private static final String BASIC = "Basic realm=\"xAPI\", charset=\"UTF-8\"";
    private static final String NO_DIALOG = "Credentials realm=\"xAPI\", scheme=\"Basic\"";

    @Test
    void basicOnlyWithoutCredentialsAndOutsideBrowserScripts() {
        assertEquals(
                BASIC, TrackerAuthenticationMechanism.challenge(false, null, "xAPI"), "a tool without credentials");
        assertEquals(
                BASIC, TrackerAuthenticationMechanism.challenge(false, "navigate", "xAPI"), "typed in the address bar");
        assertEquals(NO_DIALOG, TrackerAuthenticationMechanism.challenge(true, null, "xAPI"), "wrong/expired/revoked");
        assertEquals(NO_DIALOG, TrackerAuthenticationMechanism.challenge(true, "navigate", "xAPI"));
        assertEquals(
                NO_DIALOG, TrackerAuthenticationMechanism.challenge(false, "cors", "xAPI"), "fetch/XHR of content");
        assertEquals(NO_DIALOG, TrackerAuthenticationMechanism.challenge(false, "same-origin", "xAPI"));
    }
}
