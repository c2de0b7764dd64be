package org.alerrt.tracker.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.alerrt.tracker.platform.bootstrap.BootstrapCredentials;
import org.alerrt.tracker.platform.bootstrap.StartupStep;
import org.alerrt.tracker.platform.security.SecretHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first LRS credential (scope {@code all}) when there is none: from {@code tracker.bootstrap.lrs.*}
 * when configured, otherwise with a generated key and secret.
 */
@ApplicationScoped
public class LrsCredentialBootstrap implements StartupStep {

    private static final Logger LOG = Logger.getLogger(LrsCredentialBootstrap.class.getName());

    @Inject
    LrsCredentialService credentials;

    @Inject
    BootstrapCredentials bootstrap;

    @Inject
    @ConfigProperty(name = "tracker.bootstrap.lrs.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "tracker.bootstrap.lrs.secret")
    Optional<String> secret;

    @Override
    public Phase phase() {
        return Phase.SEED;
    }

    @Override
    public void run() {
        if (credentials.any()) {
            return;
        }
        String k = key.filter(s -> !s.isBlank()).orElseGet(() -> "lrs-" + SecretHasher.randomToken(9));
        String s = secret.filter(x -> !x.isBlank()).orElseGet(() -> SecretHasher.randomToken(24));
        try {
            credentials.create(k, s, "Bootstrap credential", Set.of("all"));
        } catch (RuntimeException e) {
            if (!credentials.any()) {
                throw e;
            }
            // another instance starting at the same time created it first
            LOG.info(() -> "LRS credential '" + k + "' was created by another instance");
            return;
        }
        bootstrap.record(new BootstrapCredentials.Created(
                "LRS credential (HTTP Basic key / secret for /xapi)", k, secret.isPresent() ? null : s));
    }
}
