package org.alerrt.tracker.cmi5.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alerrt.tracker.cmi5.application.LaunchAccessService;
import org.alerrt.tracker.lrs.api.CredentialAdmission;

/**
 * At authentication: a launch credential works only while its session or launch is usable (not ended, not
 * expired, not idle), on every xAPI request including reads; see {@link LaunchAccessService#admit}.
 */
@ApplicationScoped
public class LaunchCredentialAdmission implements CredentialAdmission {

    @Inject
    LaunchAccessService access;

    @Override
    public boolean admit(String key) {
        return LaunchAccessService.kindOf(key).isEmpty() || access.admit(key);
    }
}
