package org.alerrt.tracker.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.alerrt.tracker.platform.config.Setting;
import org.alerrt.tracker.platform.config.SettingsCheck;

/** The certificates context's settings, checked at start (docs/configuration.md: Certificates). */
@ApplicationScoped
public class CertificatesSettingsCheck implements SettingsCheck {

    @Override
    public List<Setting> settings() {
        return List.of(Setting.text("tracker.certificates.issuer", 1, 200));
    }
}
