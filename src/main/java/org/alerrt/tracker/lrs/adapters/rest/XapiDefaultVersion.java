package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alerrt.tracker.lrs.domain.XapiVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The version this LRS answers with when the request names none it supports (Communication §3.3.s3.b1: every
 * response carries the header): the 400 of a version-less request, About, CORS preflights, the alternate-syntax
 * 400 and the 401 of authentication. Checked at start ({@code LrsSettingsCheck}).
 */
@ApplicationScoped
public class XapiDefaultVersion {

    /** Read by the authentication mechanism too (platform cannot depend on this context). */
    public static final String KEY = "tracker.xapi.default-version";

    @Inject
    @ConfigProperty(name = KEY, defaultValue = "1.0.3")
    String setting;

    private XapiVersion version;

    @PostConstruct
    void parse() {
        version = XapiVersion.ofSetting(setting);
    }

    public XapiVersion get() {
        return version;
    }
}
