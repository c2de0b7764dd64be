package org.alerrt.tracker.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.platform.config.Setting;
import org.alerrt.tracker.platform.config.SettingsCheck;

/** The LRS's settings, checked at start (docs/configuration.md: Bootstrap, xAPI). */
@ApplicationScoped
public class LrsSettingsCheck implements SettingsCheck {

    /** The shortest secret {@link LrsCredentialService#create} accepts. */
    static final int MIN_SECRET = 12;

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.rule("tracker.bootstrap.lrs.key", LrsSettingsCheck::key),
                Setting.secret("tracker.bootstrap.lrs.secret", MIN_SECRET),
                Setting.integer("tracker.xapi.max-limit", 1, 100_000),
                Setting.rule("tracker.xapi.default-version", v -> {
                    XapiVersion.ofSetting(v);
                }));
    }

    /** HTTP Basic user name (RFC 7617: no ':'), long enough not to be guessed with the secret. */
    private static void key(String v) {
        if (v.length() < 8
                || v.length() > 200
                || v.contains(":")
                || !v.strip().equals(v)
                || v.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("must be 8 to 200 characters without ':' or spaces");
        }
    }
}
