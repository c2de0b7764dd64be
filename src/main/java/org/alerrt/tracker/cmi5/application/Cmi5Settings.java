package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Limits of cmi5 package import (MicroProfile Config, documented in docs/configuration.md). */
@ApplicationScoped
public class Cmi5Settings {

    @Inject
    @ConfigProperty(name = "tracker.cmi5.max-package-bytes", defaultValue = "536870912")
    long maxPackageBytes;

    @Inject
    @ConfigProperty(name = "tracker.cmi5.max-unpacked-bytes", defaultValue = "2147483648")
    long maxUnpackedBytes;

    @Inject
    @ConfigProperty(name = "tracker.cmi5.max-entries", defaultValue = "100000")
    int maxEntries;

    @Inject
    @ConfigProperty(name = "tracker.cmi5.max-xml-bytes", defaultValue = "33554432")
    int maxXmlBytes;

    public Cmi5Settings() {}

    /** For tests without a container. */
    public Cmi5Settings(long maxPackageBytes, long maxUnpackedBytes, int maxEntries, int maxXmlBytes) {
        this.maxPackageBytes = maxPackageBytes;
        this.maxUnpackedBytes = maxUnpackedBytes;
        this.maxEntries = maxEntries;
        this.maxXmlBytes = maxXmlBytes;
    }

    /** Largest upload (zip or XML) accepted by POST /api/cmi5/courses. */
    public long maxPackageBytes() {
        return maxPackageBytes;
    }

    /** Most bytes all files of a zip may unpack to (guards against zip bombs). */
    public long maxUnpackedBytes() {
        return maxUnpackedBytes;
    }

    public int maxEntries() {
        return maxEntries;
    }

    /** Largest cmi5.xml. */
    public int maxXmlBytes() {
        return maxXmlBytes;
    }
}
