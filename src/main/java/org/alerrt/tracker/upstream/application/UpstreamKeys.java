package org.alerrt.tracker.upstream.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.alerrt.tracker.platform.bootstrap.BootstrapCredentials;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.upstream.domain.SecretBox;

/**
 * The key that seals upstream secrets: {@code tracker.upstream.key} when set; otherwise a key generated on first
 * need and kept in {@code <tracker.data.dir>/upstream-secret.key} (owner-only), so {@code ./tracker run} works
 * without set-up. Instances of a cluster must share the key: set {@code tracker.upstream.key} there
 * (docs/upstream.md). Read once per start.
 */
@ApplicationScoped
public class UpstreamKeys {

    static final String FILE_NAME = "upstream-secret.key";

    @Inject
    UpstreamSettings settings;

    @Inject
    BootstrapCredentials dataDirectory;

    private volatile SecretBox box;

    public SecretBox box() {
        SecretBox b = box;
        if (b == null) {
            synchronized (this) {
                if (box == null) {
                    box = new SecretBox(settings.key().map(SecretBox::parseKey).orElseGet(this::fileKey));
                }
                b = box;
            }
        }
        return b;
    }

    private byte[] fileKey() {
        Path file = dataDirectory.dataDirectory().resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
                try {
                    try {
                        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException ignored) {
                        // not a POSIX file system: rely on the directory's permissions
                    }
                    Files.writeString(tmp, Base64.getEncoder().encodeToString(SecretBox.newKey()) + "\n");
                    // refused if another start sharing the directory wrote the file first: theirs wins
                    Files.move(tmp, file);
                } catch (FileAlreadyExistsException lost) {
                    // read theirs below
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            return SecretBox.parseKey(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException | IllegalArgumentException e) {
            throw new Refusal(
                    Refusal.Kind.UNAVAILABLE,
                    UpstreamSettings.KEY,
                    "no key to seal upstream secrets: set " + UpstreamSettings.KEY + " (base64 of 32 bytes) or"
                            + " let the tracker keep a generated one in " + file + " (" + e.getMessage() + ")");
        }
    }
}
