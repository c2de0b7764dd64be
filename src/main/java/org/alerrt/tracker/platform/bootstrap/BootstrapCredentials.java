package org.alerrt.tracker.platform.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Collects the credentials created on first start and hands them to the operator once: printed in the start-up
 * banner and, for generated secrets, written to {@code <tracker.data.dir>/bootstrap-credentials.txt} (owner-only).
 * The database only ever holds their hashes.
 */
@ApplicationScoped
public class BootstrapCredentials {

    private static final Logger LOG = Logger.getLogger(BootstrapCredentials.class.getName());
    public static final String FILE_NAME = "bootstrap-credentials.txt";

    /** One credential created at this start; {@code secret} is null when it came from configuration. */
    public record Created(String what, String name, String secret) {}

    @Inject
    @ConfigProperty(name = "tracker.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "tracker.bootstrap.write-file", defaultValue = "true")
    boolean writeFile;

    private final List<Created> created = new ArrayList<>();

    public synchronized void record(Created credential) {
        created.add(credential);
        if (credential.secret() != null && writeFile) {
            append(credential);
        }
    }

    public synchronized List<Created> created() {
        return List.copyOf(created);
    }

    public Path file() {
        return dataDirectory().resolve(FILE_NAME);
    }

    /** {@code tracker.data.dir}, absolute: where the tracker writes what it generates for the operator. */
    public Path dataDirectory() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    private void append(Created c) {
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system: rely on the directory's permissions
                }
            }
            Files.writeString(
                    file,
                    c.what() + ": " + c.name() + " / " + c.secret() + System.lineSeparator(),
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot write " + file + "; the credentials are only in this log", e);
        }
    }
}
