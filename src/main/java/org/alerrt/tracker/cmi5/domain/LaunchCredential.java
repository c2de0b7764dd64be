package org.alerrt.tracker.cmi5.domain;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The launch behind a launch credential: a cmi5 AU session (cmi5 §8.2: its token lasts as long as the session) or
 * a Tin Can launch. It dies when the session or launch ends, when its course is deleted, and after
 * {@code tracker.launch.idle-timeout-minutes} without use.
 *
 * @param launchId  the session id (cmi5) or launch id (Tin Can)
 * @param open      the session is ACTIVE / the launch has not ended
 * @param launchedAt when the AU or content was launched
 * @param lastUsed  the last recorded use of the credential (recorded at most once a minute), else the launch
 * @param expiresAt Tin Can: the launch's hard expiry; cmi5: null
 */
public record LaunchCredential(
        LaunchCredentialRules.Kind kind,
        String launchId,
        String registration,
        String credentialKey,
        boolean open,
        OffsetDateTime launchedAt,
        OffsetDateTime lastUsed,
        OffsetDateTime expiresAt) {

    /** A use is recorded only when the last recorded one is older than this: no write on every request. */
    public static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

    /** Not used for longer than the idle timeout. */
    public boolean idleAt(OffsetDateTime now, Duration idleTimeout) {
        return !lastUsed.plus(idleTimeout).isAfter(now);
    }

    /** Open, not past its expiry and not idle: the credential may be used. */
    public boolean usableAt(OffsetDateTime now, Duration idleTimeout) {
        return open && (expiresAt == null || now.isBefore(expiresAt)) && !idleAt(now, idleTimeout);
    }

    /** The use should be recorded (the last recorded one is a minute old or more). */
    public boolean useToRecordAt(OffsetDateTime now) {
        return !lastUsed.plus(USE_RECORDING_INTERVAL).isAfter(now);
    }
}
