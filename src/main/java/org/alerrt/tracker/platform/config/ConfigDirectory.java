package org.alerrt.tracker.platform.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the runtime configuration directory ({@code lrs-config/}). It is resolved before MicroProfile Config is
 * available, so it is the one setting read straight from a system property or environment variable.
 */
public final class ConfigDirectory {

    public static final String PROPERTY = "tracker.config.dir";
    public static final String ENV = "TRACKER_CONFIG_DIR";

    private ConfigDirectory() {}

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

    /** A configuration directory that does not exist is an error: without it the catalogue would be empty. */
    public static Optional<String> problem() {
        Path dir = resolve();
        if (Files.isDirectory(dir)) {
            return Optional.empty();
        }
        return Optional.of("Invalid setting " + PROPERTY + " (env " + ENV + ") = '" + dir + "': must be an existing"
                + " directory (default ./lrs-config in the working directory, which ./tracker run sets to the"
                + " project's)");
    }

    public static Path file(String name) {
        return resolve().resolve(name);
    }
}
