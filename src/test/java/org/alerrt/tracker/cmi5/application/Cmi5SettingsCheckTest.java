package org.alerrt.tracker.cmi5.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.platform.config.SettingsValidator;
import org.junit.jupiter.api.Test;

/** The cmi5, Tin Can and launch settings stop the start when they are bad (their defaults: SettingsDocumentedTest). */
class Cmi5SettingsCheckTest {

    private static List<String> problems(String key, String value) {
        return SettingsValidator.problems(
                new Cmi5SettingsCheck().settings(),
                k -> Optional.ofNullable(
                        k.equals(key) ? new SettingsValidator.Configured(value, "Environment") : null));
    }

    @Test
    void section11_2_theDefaultAudioPreferenceIsOnOrOff() {
        assertEquals(List.of(), problems("tracker.cmi5.default-audio-preference", "on"));
        assertEquals(List.of(), problems("tracker.cmi5.default-audio-preference", " off "));
        assertEquals(
                List.of("Invalid setting tracker.cmi5.default-audio-preference = 'ON' (from Environment): must"
                        + " be one of on, off"),
                problems("tracker.cmi5.default-audio-preference", "ON"));
        assertEquals(1, problems("tracker.cmi5.default-audio-preference", "").size());
    }

    @Test
    void launchCredentialsIdleAtLeastAMinuteSweptAtLeastEverySecond() {
        assertEquals(List.of(), problems("tracker.launch.idle-timeout-minutes", "1"));
        assertEquals(
                List.of("Invalid setting tracker.launch.idle-timeout-minutes = '0' (from Environment): must be a"
                        + " whole number from 1 to 525600"),
                problems("tracker.launch.idle-timeout-minutes", "0"));
        assertEquals(List.of(), problems("tracker.launch.idle-check-seconds", "60"));
        assertEquals(
                List.of("Invalid setting tracker.launch.idle-check-seconds = '-5' (from Environment): must be a"
                        + " whole number from 1 to 86400"),
                problems("tracker.launch.idle-check-seconds", "-5"));
    }
}
