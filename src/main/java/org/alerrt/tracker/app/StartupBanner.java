package org.alerrt.tracker.app;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.alerrt.tracker.platform.bootstrap.BootstrapCredentials;
import org.alerrt.tracker.platform.config.ServerSettings;

/**
 * Tells the operator where the application is and how to sign in, after every other start-up singleton has run: a
 * start that one of them stops never shows the banner.
 */
@Startup
@Singleton
@DependsOn({"AdminBootstrap", "LrsCredentialBootstrap", "CatalogueSeeder", "UpstreamFileLoader"})
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    BootstrapCredentials credentials;

    @Inject
    ServerSettings server;

    @PostConstruct
    void print() {
        StringBuilder b = new StringBuilder("\n==================== ALERRT Tracker ====================\n")
                .append("  Pages:         ")
                .append(server.publicUrl())
                .append("/\n")
                .append("  Content:       ")
                .append(server.contentUrl())
                .append("/content/ (imported courses)\n")
                .append("  xAPI endpoint: ")
                .append(server.publicUrl())
                .append("/xapi\n")
                .append("  Verify:        ")
                .append(server.publicUrl())
                .append("/verify/<code>\n");
        if (credentials.created().isEmpty()) {
            b.append("  Credentials were created on first start; generated ones are in\n  ")
                    .append(credentials.file())
                    .append('\n');
        }
        for (BootstrapCredentials.Created c : credentials.created()) {
            b.append("  ")
                    .append(c.what())
                    .append(":\n    ")
                    .append(c.name())
                    .append(" / ")
                    .append(c.secret() == null ? "(secret as configured)" : c.secret())
                    .append('\n');
        }
        if (credentials.created().stream().anyMatch(c -> c.secret() != null)) {
            b.append("  (generated secrets are shown once; also saved in ")
                    .append(credentials.file())
                    .append(")\n");
        }
        b.append("========================================================");
        LOG.info(b.toString());
    }
}
