package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.alerrt.tracker.platform.config.Setting;
import org.alerrt.tracker.platform.config.SettingsCheck;

/** The cmi5 and Tin Can settings, checked at start (docs/configuration.md: cmi5, Tin Can, Launch). */
@ApplicationScoped
public class Cmi5SettingsCheck implements SettingsCheck {

    private static final long GIB = 1L << 30;

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.integer("tracker.cmi5.max-package-bytes", 1024, 64 * GIB),
                Setting.integer("tracker.cmi5.max-unpacked-bytes", 1024, 256 * GIB),
                Setting.integer("tracker.cmi5.max-entries", 1, 10_000_000),
                Setting.integer("tracker.cmi5.max-xml-bytes", 1024, Integer.MAX_VALUE),
                Setting.integer("tracker.cmi5.fetch-token-seconds", 1, 86_400),
                Setting.bool("tracker.cmi5.preferences-before-initialized"),
                Setting.rule("tracker.cmi5.default-language-preference", Cmi5SettingsCheck::languageTag),
                // cmi5 §11.2
                Setting.oneOf("tracker.cmi5.default-audio-preference", "on", "off"),
                Setting.integer("tracker.tincan.launch-credential-hours", 1, 8760),
                Setting.integer("tracker.launch.idle-timeout-minutes", 1, 525_600),
                Setting.integer("tracker.launch.idle-check-seconds", 1, 86_400));
    }

    /** cmi5 §11.1: languagePreference is a list of RFC 5646 tags; blank writes none. */
    private static void languageTag(String v) {
        for (String tag : v.split(",")) {
            try {
                if (!tag.isBlank()) {
                    new Locale.Builder().setLanguageTag(tag.strip());
                }
            } catch (IllformedLocaleException e) {
                throw new IllegalArgumentException(
                        "must be blank or comma-separated RFC 5646 language tags such as" + " en-US");
            }
        }
    }
}
