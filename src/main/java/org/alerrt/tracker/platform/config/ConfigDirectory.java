package org.alerrt.tracker.platform.config;

import java.nio.file.Path;

/**
 * Locates the runtime configuration directory ({@code lrs-config/}). It is resolved before MicroProfile Config is
 * available, so it is the one setting read straight from a system property or environment variable.
 */
public final class ConfigDirectory {

    public static final String PROPERTY = "tracker.config.dir";
    public static final String ENV = "TRACKER_CONFIG_DIR";

    private ConfigDirectory() {
    }

    public static Path resolve() {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            dir = System.getenv(ENV);
        }
        if (dir == null || dir.isBlank()) {
            dir = "lrs-config";
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }

    public static Path file(String name) {
        return resolve().resolve(name);
    }
}
