package org.alerrt.tracker.platform.config;

import java.util.List;

/**
 * What a bounded context publishes about the configuration keys it reads (one CDI bean per context). Platform
 * collects every implementation and checks the configured values before anything else starts, so platform knows
 * the kinds of rules but no context.
 */
public interface SettingsCheck {

    List<Setting> settings();
}
