package org.alerrt.tracker.cmi5.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Cmi5LaunchSettingsTest {

    private static Cmi5LaunchSettings audio(String value) {
        Cmi5LaunchSettings s = new Cmi5LaunchSettings();
        s.defaultAudioPreference = value;
        return s;
    }

    @Test
    void section11_2_theDefaultAudioPreferenceIsOnOrOff() {
        assertEquals("on", audio("on").defaultAudioPreference());
        assertEquals("off", audio(" off ").defaultAudioPreference());
        for (String bad : new String[] {"", "ON", "yes", null}) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> audio(bad).checkAtStartup(null), String.valueOf(bad));
            assertTrue(e.getMessage().contains("tracker.cmi5.default-audio-preference"), e.getMessage());
        }
    }
}
