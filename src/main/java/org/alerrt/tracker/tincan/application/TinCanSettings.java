package org.alerrt.tracker.tincan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of Tin Can launches (MicroProfile Config, documented in docs/configuration.md). */
@ApplicationScoped
public class TinCanSettings {

    @Inject
    @ConfigProperty(name = "tracker.tincan.launch-credential-hours", defaultValue = "24")
    long launchCredentialHours;

    /** How long a launch's LRS credential works (a new launch of the registration ends it earlier). */
    public long launchCredentialHours() {
        return Math.max(1, launchCredentialHours);
    }
}
