package org.alerrt.tracker.platform.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.platform.config.ConfigDirectory;
import org.alerrt.tracker.platform.config.Setting;
import org.alerrt.tracker.platform.config.SettingsCheck;
import org.alerrt.tracker.platform.config.SettingsValidator;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * The first step of the start (before {@code DatabaseMigration}): checks the configuration directory
 * and every setting the contexts declare ({@link SettingsCheck}); a bad one stops the process.
 */
@ApplicationScoped
public class StartupGate implements StartupStep {

    @Inject
    @Any
    Instance<SettingsCheck> checks;

    @Override
    public Phase phase() {
        return Phase.CHECK_SETTINGS;
    }

    @Override
    public void run() {
        List<String> problems = new ArrayList<>();
        ConfigDirectory.problem().ifPresent(problems::add);
        List<Setting> declared = new ArrayList<>();
        checks.forEach(c -> declared.addAll(c.settings()));
        Config config = ConfigProvider.getConfig();
        problems.addAll(SettingsValidator.problems(declared, key -> configured(config, key)));
        if (!problems.isEmpty()) {
            throw StartupFailure.stop(problems);
        }
    }

    private static Optional<SettingsValidator.Configured> configured(Config config, String key) {
        ConfigValue v = config.getConfigValue(key);
        return v == null || v.getValue() == null
                ? Optional.empty()
                : Optional.of(new SettingsValidator.Configured(v.getValue(), v.getSourceName()));
    }
}
