package org.alerrt.tracker.platform.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.alerrt.tracker.platform.security.Roles;
import org.alerrt.tracker.platform.security.SecretHasher;
import org.alerrt.tracker.platform.security.UserAccountService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator when there is none: from {@code tracker.bootstrap.admin.*} when configured
 * (so a script can start a fresh instance with known credentials), otherwise with a generated password.
 */
@ApplicationScoped
public class AdminBootstrap implements StartupStep {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    UserAccountService accounts;

    @Inject
    BootstrapCredentials credentials;

    @Inject
    @ConfigProperty(name = "tracker.bootstrap.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "tracker.bootstrap.admin.password")
    Optional<String> password;

    @Override
    public Phase phase() {
        return Phase.SEED;
    }

    @Override
    public void run() {
        if (accounts.anyWithRole(Roles.ADMIN)) {
            return;
        }
        String secret = password.filter(p -> !p.isBlank()).orElseGet(() -> SecretHasher.randomToken(12));
        try {
            accounts.createAdmin(username, secret);
        } catch (RuntimeException e) {
            if (!accounts.anyWithRole(Roles.ADMIN)) {
                throw e;
            }
            // another instance starting at the same time created it first
            LOG.info(() -> "Administrator '" + username + "' was created by another instance");
            return;
        }
        credentials.record(new BootstrapCredentials.Created(
                "Administrator (pages and /api)", username, password.isPresent() ? null : secret));
    }
}
