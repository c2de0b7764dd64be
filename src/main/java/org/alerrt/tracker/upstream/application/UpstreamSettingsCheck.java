package org.alerrt.tracker.upstream.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.alerrt.tracker.platform.config.Setting;
import org.alerrt.tracker.platform.config.SettingsCheck;
import org.alerrt.tracker.upstream.domain.SecretBox;

/** The upstream settings, checked at start (docs/configuration.md: Upstream). */
@ApplicationScoped
public class UpstreamSettingsCheck implements SettingsCheck {

    @Override
    public List<Setting> settings() {
        return List.of(
                new Setting(UpstreamSettings.KEY, (v, others) -> SecretBox.parseKey(v), true),
                Setting.integer(UpstreamSettings.CHECK_SECONDS, 1, 86_400),
                Setting.integer(UpstreamSettings.PAGE_SIZE, 1, 10_000),
                Setting.integer(UpstreamSettings.OVERLAP_SECONDS, 0, 3_600),
                Setting.integer(UpstreamSettings.FORWARD_BATCH_SIZE, 1, 1_000),
                Setting.integer(UpstreamSettings.FORWARD_SETTLE_SECONDS, 0, 3_600),
                Setting.text(UpstreamSettings.FILE, 1, 4096),
                Setting.integer(UpstreamSettings.METRICS_SECONDS, 1, 3_600),
                Setting.integer(UpstreamSettings.ATTEMPTS, 1, 10));
    }
}
