package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.alerrt.tracker.cmi5.api.TinCanLaunches;
import org.alerrt.tracker.cmi5.domain.LaunchCredential;
import org.alerrt.tracker.cmi5.domain.LaunchCredentialRepository;
import org.alerrt.tracker.cmi5.domain.LaunchCredentialRules.Kind;
import org.alerrt.tracker.lrs.api.LaunchCredentialIssuer;

/**
 * Ends one idle launch in a transaction of its own (so a refused request, or a failed one next to it, does not
 * roll it back). The row lock with SKIP LOCKED and the conditional end decide who ends it: with several instances,
 * or the sweep and a request at once, a cmi5 session gets exactly one "abandoned" (cmi5 §9.3).
 */
@ApplicationScoped
public class LaunchExpiry {

    private static final Logger LOG = Logger.getLogger(LaunchExpiry.class.getName());

    @Inject
    LaunchCredentialRepository launches;

    @Inject
    TinCanLaunches tinCan;

    @Inject
    SessionEnding sessions;

    @Inject
    LaunchCredentialIssuer credentials;

    /** @return true when this call ended it */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean expire(LaunchCredential c, OffsetDateTime idleBefore, OffsetDateTime now) {
        if (!launches.lockIfIdle(c, idleBefore)) {
            return false; // used meanwhile, ended, or being handled by another transaction
        }
        boolean ended = c.kind() == Kind.CMI5_SESSION
                ? sessions.abandonIdle(c.launchId(), c.lastUsed(), now)
                : tinCan.endLaunch(c.launchId(), now);
        if (c.credentialKey() != null) {
            credentials.revoke(c.credentialKey());
        }
        if (ended) {
            LOG.info(() -> (c.kind() == Kind.CMI5_SESSION ? "cmi5 session " : "Tin Can launch ") + c.launchId()
                    + " ended: idle since " + c.lastUsed());
        }
        return ended;
    }
}
