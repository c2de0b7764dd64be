package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.platform.config.ServerSettings;

/**
 * The version this LRS answers with when the request names none it supports (Communication §3.3.s3.b1: every
 * response carries the header): the 400 of a version-less request, About, CORS preflights, the alternate-syntax
 * 400 and the 401 of authentication. Checked at start ({@code LrsSettingsCheck}).
 */
@ApplicationScoped
public class XapiDefaultVersion {

    @Inject
    ServerSettings server;

    private XapiVersion version;

    @PostConstruct
    void parse() {
        version = XapiVersion.ofSetting(server.xapiDefaultVersion());
    }

    public XapiVersion get() {
        return version;
    }
}
