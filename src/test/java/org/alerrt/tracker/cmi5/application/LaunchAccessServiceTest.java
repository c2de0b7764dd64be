package org.alerrt.tracker.cmi5.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alerrt.tracker.cmi5.api.TinCanLaunches;
import org.alerrt.tracker.cmi5.domain.AuSession;
import org.alerrt.tracker.cmi5.domain.LaunchCredential;
import org.alerrt.tracker.cmi5.domain.LaunchCredentialRepository;
import org.alerrt.tracker.cmi5.domain.LaunchCredentialRules.Kind;
import org.alerrt.tracker.lrs.api.LaunchCredentialIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When a launch credential dies, on a fixed clock: idle for the timeout (measured from its last recorded use, which
 * is written at most once a minute), ended or expired launches, and keys with a launch prefix but no launch.
 */
class LaunchAccessServiceTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String KEY = AuSession.CREDENTIAL_KEY_PREFIX + "abc";
    private static final String TINCAN_KEY = TinCanLaunches.KEY_PREFIX + "def";

    private final Map<String, LaunchCredential> rows = new HashMap<>();
    private final List<String> uses = new ArrayList<>();
    private final List<String> revoked = new ArrayList<>();
    private final List<String> expired = new ArrayList<>();
    private LaunchAccessService service;

    @BeforeEach
    void wire() {
        service = new LaunchAccessService();
        service.launches = new LaunchCredentialRepository() {
            @Override
            public Optional<LaunchCredential> find(Kind kind, String key) {
                return Optional.ofNullable(rows.get(key)).filter(c -> c.kind() == kind);
            }

            @Override
            public void recordUse(LaunchCredential c, OffsetDateTime at, OffsetDateTime olderThan) {
                uses.add(c.credentialKey() + "@" + at);
            }

            @Override
            public List<LaunchCredential> idle(OffsetDateTime cutoff, int max) {
                return rows.values().stream()
                        .filter(c -> c.open() && c.lastUsed().isBefore(cutoff))
                        .toList();
            }

            @Override
            public boolean lockIfIdle(LaunchCredential c, OffsetDateTime cutoff) {
                return true;
            }

            @Override
            public List<String> credentialsOfCourse(long courseId) {
                return List.of();
            }
        };
        service.credentials = new LaunchCredentialIssuer() {
            @Override
            public Issued issue(String name, Collection<String> scopes, String key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean revoke(String key) {
                revoked.add(key);
                return true;
            }
        };
        service.expiry = new LaunchExpiry() {
            @Override
            public boolean expire(LaunchCredential c, OffsetDateTime idleBefore, OffsetDateTime now) {
                expired.add(c.launchId() + " idle before " + idleBefore);
                return true;
            }
        };
        service.settings = new Cmi5LaunchSettings() {
            @Override
            public long idleTimeoutMinutes() {
                return 60;
            }
        };
        at(T0);
    }

    private void at(OffsetDateTime now) {
        service.clock = Clock.fixed(now.toInstant(), ZoneOffset.UTC);
    }

    private static LaunchCredential session(OffsetDateTime lastUsed, boolean open) {
        return new LaunchCredential(Kind.CMI5_SESSION, "s1", "reg", KEY, open, T0.minusHours(2), lastUsed, null);
    }

    @Test
    void otherCredentialsAreAdmittedWithoutALookUp() {
        assertTrue(service.admit("it-lrs-key"));
        assertTrue(LaunchAccessService.kindOf("it-lrs-key").isEmpty());
        assertEquals(Optional.of(Kind.TINCAN_LAUNCH), LaunchAccessService.kindOf(TINCAN_KEY));
    }

    @Test
    void aPrefixedKeyWithoutALaunchIsRefused() {
        assertFalse(service.admit(KEY));
        assertFalse(service.admit(TINCAN_KEY));
    }

    @Test
    void aUsedCredentialRecordsItsUseAtMostOnceAMinute() {
        rows.put(KEY, session(T0.minusSeconds(30), true));
        assertTrue(service.admit(KEY));
        assertEquals(List.of(), uses, "used 30 s ago: nothing written");
        rows.put(KEY, session(T0.minusMinutes(1), true));
        assertTrue(service.admit(KEY));
        assertEquals(List.of(KEY + "@" + T0), uses);
        assertEquals(List.of(), expired);
    }

    @Test
    void idleForTheTimeoutTheCredentialIsRefusedAndItsSessionEnded() {
        rows.put(KEY, session(T0.minusMinutes(59).minusSeconds(59), true));
        assertTrue(service.admit(KEY), "a second short of the timeout");
        rows.put(KEY, session(T0.minusMinutes(60), true));
        assertFalse(service.admit(KEY));
        assertEquals(List.of("s1 idle before " + T0.minus(Duration.ofMinutes(60))), expired);
    }

    @Test
    void anEndedSessionOrExpiredLaunchIsRefusedAndRevoked() {
        rows.put(KEY, session(T0.minusMinutes(5), false));
        assertFalse(service.admit(KEY));
        rows.put(
                TINCAN_KEY,
                new LaunchCredential(
                        Kind.TINCAN_LAUNCH,
                        "l1",
                        "reg",
                        TINCAN_KEY,
                        true,
                        T0.minusHours(30),
                        T0.minusMinutes(1),
                        T0.minusHours(6)));
        assertFalse(service.admit(TINCAN_KEY));
        assertEquals(List.of(KEY, TINCAN_KEY), revoked);
        assertEquals(List.of(), expired, "not idle: nothing to abandon");
    }

    @Test
    void theSweepEndsEveryIdleLaunch() {
        rows.put(KEY, session(T0.minusMinutes(61), true));
        rows.put(
                TINCAN_KEY,
                new LaunchCredential(
                        Kind.TINCAN_LAUNCH,
                        "l1",
                        "reg",
                        TINCAN_KEY,
                        true,
                        T0.minusMinutes(10),
                        T0.minusMinutes(10),
                        T0.plusHours(20)));
        assertEquals(1, service.expireIdle());
        assertEquals(List.of("s1 idle before " + T0.minusMinutes(60)), expired);
        at(T0.plusMinutes(51));
        expired.clear();
        assertEquals(2, service.expireIdle());
    }
}
