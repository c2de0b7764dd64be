package org.alerrt.tracker.cmi5.domain;

import java.time.OffsetDateTime;
import org.alerrt.tracker.cmi5.api.LaunchMode;

/**
 * One AU launch session (cmi5 §8.1, session id §9.6.3.1). ACTIVE from launch until abandoned (§9.3.6) or
 * terminated (§9.3.8); WAIVED sessions exist only to carry a "waived" statement (§9.3.7).
 */
public record AuSession(
        String sessionId,
        String registration,
        String auId,
        LaunchMode launchMode,
        State state,
        boolean fetched,
        String credentialKey,
        OffsetDateTime launchedAt,
        OffsetDateTime tokenExpires) {

    /** Every AU session credential's key starts with it, so other credentials' writes cost no session look-up. */
    public static final String CREDENTIAL_KEY_PREFIX = "cmi5-";

    public enum State {
        ACTIVE,
        ABANDONED,
        TERMINATED,
        WAIVED
    }
}
