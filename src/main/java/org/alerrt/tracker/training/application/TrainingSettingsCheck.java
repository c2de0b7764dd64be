package org.alerrt.tracker.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.alerrt.tracker.platform.config.Setting;
import org.alerrt.tracker.platform.config.SettingsCheck;

/** The training context's settings, checked at start (docs/configuration.md: Training). */
@ApplicationScoped
public class TrainingSettingsCheck implements SettingsCheck {

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.text("tracker.catalogue.file", 1, 4096),
                Setting.bool(TrainingSettings.SKIP_INVALID_LINES),
                Setting.regex("tracker.training.pid-pattern"),
                Setting.integer("tracker.training.mandate-hours", 1, 1000));
    }
}
