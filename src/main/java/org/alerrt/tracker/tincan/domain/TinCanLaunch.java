package org.alerrt.tracker.tincan.domain;

import java.time.OffsetDateTime;

/**
 * One launch of a Tin Can registration and the LRS credential handed to the content with it. The credential
 * speaks only for the registration's learner and registration; it ends when the registration is launched again or
 * when it expires.
 */
public record TinCanLaunch(
        String launchId,
        String registration,
        String credentialKey,
        OffsetDateTime launchedAt,
        OffsetDateTime expiresAt,
        OffsetDateTime endedAt) {

    /** Usable: not ended by a newer launch and not past its expiry. */
    public boolean activeAt(OffsetDateTime now) {
        return endedAt == null && now.isBefore(expiresAt);
    }
}
