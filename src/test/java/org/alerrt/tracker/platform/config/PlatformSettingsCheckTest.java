package org.alerrt.tracker.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules of the settings platform reads: a bad value gives one line naming the key, the value, its source and
 * what is allowed; good values and the defaults pass (all documented defaults: SettingsDocumentedTest).
 */
class PlatformSettingsCheckTest {

    private static List<String> problems(Map<String, String> configured) {
        return SettingsValidator.problems(
                new PlatformSettingsCheck().settings(),
                key -> Optional.ofNullable(configured.get(key))
                        .map(v -> new SettingsValidator.Configured(v, "Environment")));
    }

    private static void accepted(String key, String... values) {
        for (String v : values) {
            assertEquals(List.of(), problems(Map.of(key, v)), key + " = " + v);
        }
    }

    /** The one line for {@code key = value} (with the other keys given), which the caller may look into. */
    private static String refused(String key, String value, String... others) {
        Map<String, String> configured = new HashMap<>();
        for (int i = 0; i < others.length; i += 2) {
            configured.put(others[i], others[i + 1]);
        }
        configured.put(key, value);
        List<String> problems = problems(configured);
        assertEquals(1, problems.size(), key + " = " + value + ": " + problems);
        String line = problems.get(0);
        assertTrue(line.startsWith("Invalid setting " + key + " = '" + value + "' (from Environment): must be "), line);
        return line;
    }

    private static void refusedAll(String key, String... values) {
        for (String v : values) {
            refused(key, v);
        }
    }

    @Test
    void signInThrottleCountsAndLocks() {
        for (String key : List.of(
                "tracker.security.sign-in.free-failures-per-name",
                "tracker.security.sign-in.free-failures-per-address")) {
            accepted(key, "0", "5", "20", "500", "100000");
            refusedAll(key, "-1", "five", "100001", "");
        }
        assertTrue(refused("tracker.security.sign-in.first-lock-seconds", "0")
                .endsWith("must be a whole number from 1 to 86400"));
        accepted("tracker.security.sign-in.first-lock-seconds", "1", "60", "86400");
        accepted("tracker.security.sign-in.forget-after-minutes", "1", "60", "525600");
        refusedAll("tracker.security.sign-in.forget-after-minutes", "0", "525601", "1h");
    }

    @Test
    void theLongestLockIsAtLeastTheFirst() {
        accepted("tracker.security.sign-in.max-lock-seconds", "1", "900", "86400");
        String line = refused(
                "tracker.security.sign-in.max-lock-seconds", "30", "tracker.security.sign-in.first-lock-seconds", "60");
        assertTrue(
                line.endsWith(
                        "must be a whole number from 60 (tracker.security.sign-in.first-lock-seconds) to" + " 86400"),
                line);
        assertEquals(
                List.of(),
                problems(Map.of(
                        "tracker.security.sign-in.first-lock-seconds",
                        "60",
                        "tracker.security.sign-in.max-lock-seconds",
                        "60")));
        refusedAll("tracker.security.sign-in.max-lock-seconds", "0", "86401", "15m");
        // a bad first lock is reported once, on its own key
        List<String> both = problems(Map.of(
                "tracker.security.sign-in.first-lock-seconds",
                "soon",
                "tracker.security.sign-in.max-lock-seconds",
                "900"));
        assertEquals(1, both.size(), both.toString());
        assertTrue(both.get(0).startsWith("Invalid setting tracker.security.sign-in.first-lock-seconds"), both.get(0));
    }

    @Test
    void trustedProxiesAreIpAddressesNeverHostNames() {
        accepted(
                "tracker.security.trusted-proxies",
                "127.0.0.1",
                "10.0.0.5, 10.0.0.6",
                " ",
                "::1",
                "0:0:0:0:0:0:0:1",
                "2001:db8::7,192.0.2.1");
        String line = refused("tracker.security.trusted-proxies", "10.0.0.5,proxy.example.org");
        assertTrue(line.contains("not 'proxy.example.org'"), line);
        refusedAll(
                "tracker.security.trusted-proxies",
                "10.0.0.0/8",
                "10.0.0.5:8080",
                "256.1.1.1",
                "127.1",
                "fe80::zz",
                ".:",
                "010.0.0.1");
    }

    @Test
    void theContentUrlIsAnAbsoluteUrlOfAnotherOriginThanThePages() {
        accepted(
                "tracker.content-url",
                "http://localhost:8081",
                "http://127.0.0.1:8081",
                "https://content.tracker.example.org/");
        String line = refused("tracker.content-url", "http://127.0.0.1:8080/content");
        assertTrue(
                line.endsWith("must be an absolute http:// or https:// URL without query whose origin is not"
                        + " tracker.public-url's (http://127.0.0.1:8080), e.g. https://content.tracker.example.org"),
                line);
        refused(
                "tracker.content-url",
                "https://tracker.example.org:443",
                "tracker.public-url",
                "https://TRACKER.example.org/");
        assertEquals(
                List.of(),
                problems(Map.of(
                        "tracker.content-url",
                        "https://content.example.org",
                        "tracker.public-url",
                        "https://tracker.example.org")));
        refusedAll(
                "tracker.content-url",
                "content.example.org",
                "/content",
                "ftp://content.example.org",
                "http://localhost:8081/?x=1",
                "http://localhost:8081/#top",
                "");
    }

    @Test
    void corsOriginsAreOriginsAsBrowsersSendThem() {
        accepted(
                "tracker.xapi.cors-origins",
                " ",
                "*",
                "https://lms.example.org",
                "https://lms.example.org, http://127.0.0.1:9000");
        String line = refused("tracker.xapi.cors-origins", "https://lms.example.org/");
        assertTrue(line.contains("(for 'https://lms.example.org/': https://lms.example.org)"), line);
        refusedAll(
                "tracker.xapi.cors-origins",
                "https://LMS.example.org",
                "https://lms.example.org:443",
                "lms.example.org",
                "ftp://lms.example.org",
                "https://lms.example.org/course",
                "null");
    }

    @Test
    void passwordHashIterationsFromTenThousandToTenMillion() {
        accepted("tracker.security.password-hash-iterations", "10000", "20000", "600000", "10000000");
        String line = refused("tracker.security.password-hash-iterations", "9999");
        assertTrue(line.endsWith("must be a whole number from 10000 to 10000000"), line);
        refusedAll("tracker.security.password-hash-iterations", "10000001", "600k", "");
    }
}
