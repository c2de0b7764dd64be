package org.alerrt.tracker.cmi5.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.alerrt.tracker.cmi5.application.TinCanLaunchService;
import org.alerrt.tracker.cmi5.domain.Registration;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.cmi5.domain.TinCanLaunch;
import org.alerrt.tracker.cmi5.domain.TinCanRepository;
import org.alerrt.tracker.lrs.application.LrsCredentialService;
import org.alerrt.tracker.lrs.domain.ActorIdentity;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.web.ApiException;

/**
 * Finds the Tin Can launch behind a credential for the statement and document policies. A launch credential
 * whose launch has ended or expired is refused with 401 (and revoked, so every later request fails at
 * authentication); a key with the launch prefix ({@link TinCanLaunchService#KEY_PREFIX}) but no launch (its
 * course was deleted) too. Credentials without the prefix are never launch credentials.
 */
@ApplicationScoped
public class TinCanLaunchAccess {

    /** The launch's learner and registration. */
    public record Scope(ActorIdentity learner, String registration) {
    }

    @Inject
    TinCanRepository tinCan;

    @Inject
    RegistrationRepository registrations;

    @Inject
    LrsCredentialService credentials;

    /** Empty when the credential is not a Tin Can launch credential (other rules do not concern it). */
    public Optional<Scope> of(Caller credential) {
        // launch credentials all carry the prefix: other credentials cost no query on the write path
        if (credential == null || !credential.name().startsWith(TinCanLaunchService.KEY_PREFIX)) {
            return Optional.empty();
        }
        Optional<TinCanLaunch> found = tinCan.launchByCredential(credential.name());
        if (found.isEmpty()) {
            throw new ApiException(401, null, "This Tin Can launch credential no longer has a launch");
        }
        TinCanLaunch launch = found.get();
        if (!launch.activeAt(OffsetDateTime.now(ZoneOffset.UTC))) {
            credentials.revoke(launch.credentialKey());
            throw new ApiException(401, null, "This Tin Can launch credential has "
                    + (launch.endedAt() != null ? "ended (the registration was launched again)" : "expired"));
        }
        Optional<Registration> r = registrations.find(launch.registration());
        if (r.isEmpty()) {
            throw new ApiException(401, null, "This Tin Can launch credential no longer has a registration");
        }
        try (var reader = CachedJson.reader(new StringReader(r.get().actor()))) {
            return Optional.of(new Scope(ActorIdentity.of(reader.readObject()).orElseThrow(),
                    launch.registration()));
        }
    }
}
