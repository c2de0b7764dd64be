package org.alerrt.tracker.upstream.adapters.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.alerrt.tracker.platform.bootstrap.StartupFailure;
import org.alerrt.tracker.platform.bootstrap.StartupStep;
import org.alerrt.tracker.platform.config.ConfigDirectory;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.upstream.application.UpstreamService;
import org.alerrt.tracker.upstream.application.UpstreamSettings;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * On start, creates or updates (by name) the upstreams of {@code tracker.upstream.file} (in {@code lrs-config/}),
 * each in its own transaction; their checkpoints and forward positions stay. No file: nothing to do (a fresh
 * {@code ./tracker run} needs no set-up). A file that does not parse stops the start, naming the entry and field.
 */
@ApplicationScoped
public class UpstreamFileLoader implements StartupStep {

    private static final Logger LOG = Logger.getLogger(UpstreamFileLoader.class.getName());

    @Inject
    UpstreamService upstreams;

    @Inject
    UpstreamSettings settings;

    @Override
    public Phase phase() {
        return Phase.SEED;
    }

    @Override
    public void run() {
        Path file = ConfigDirectory.resolve().resolve(settings.file());
        List<UpstreamFile.Entry> entries = List.of();
        if (Files.isRegularFile(file)) {
            try {
                entries = UpstreamFile.parse(
                        Files.readString(file, StandardCharsets.UTF_8),
                        key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
            } catch (IOException e) {
                throw StartupFailure.stop("Cannot read the upstream file " + file + " (tracker.upstream.file): " + e);
            } catch (UpstreamFile.Problems p) {
                throw StartupFailure.stop(p.problems().stream()
                        .map(line -> "Upstream file " + file + " (tracker.upstream.file), " + line)
                        .toList());
            }
        }
        for (UpstreamFile.Entry e : entries) {
            apply(file, e);
        }
        List<String> released = upstreams.releaseAllBut(
                entries.stream().map(e -> e.definition().name()).toList());
        if (!released.isEmpty()) {
            LOG.warning(
                    () -> "Upstreams no longer in " + file + ", now changed on the admin page and API: " + released);
        }
        if (!entries.isEmpty()) {
            int n = entries.size();
            LOG.info(() -> "Upstream file " + file + ": " + n + " upstreams created or updated");
        }
    }

    private void apply(Path file, UpstreamFile.Entry e) {
        for (int attempt = 1; ; attempt++) {
            try {
                upstreams.define(e.definition(), e.secret(), e.forward(), e.forwardFrom());
                return;
            } catch (RuntimeException x) {
                // a first failure may be another instance inserting the same name first: the second is an update
                if (x instanceof Refusal || attempt == 2) {
                    throw StartupFailure.stop("Upstream file " + file + " (tracker.upstream.file), upstream '"
                            + e.definition().name() + "': " + x.getMessage());
                }
            }
        }
    }
}
