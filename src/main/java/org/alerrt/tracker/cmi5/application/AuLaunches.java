package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.alerrt.tracker.platform.errors.Refusal;

/**
 * Launching an AU (§8.1): the launch URL with its one-time fetch URL, the session, LMS.LaunchData (§10), the
 * learner's preferences (§11) and the "launched" statement (§9.3.1), committed together ({@link AuLaunchTransaction}).
 * A write that lost a race with another request (two launches creating the same document, a lock wait that timed
 * out) dooms that transaction, and the LRS cannot retry inside it: the launch then runs again as a whole, in a
 * new transaction that finds the winner's writes.
 */
@ApplicationScoped
public class AuLaunches {

    static final int ATTEMPTS = 3;

    @Inject
    AuLaunchTransaction transaction;

    /** The answer of a launch: the URL to open and the session it starts. */
    public record Launched(String url, String sessionId) {}

    /**
     * Launches an AU of the registration; called outside a transaction, so that each attempt is one. Refusals
     * (unknown registration or AU, bad launch mode or returnUrl) are answered at once. NEVER: inside a caller's
     * transaction a retry would run in a transaction already marked for rollback, so such a call fails at once.
     */
    @Transactional(TxType.NEVER)
    public Launched launch(String registration, String auRef, String mode, String returnUrl) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.launch(registration, auRef, mode, returnUrl);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !mayPassOnRetry(e)) {
                    throw e;
                }
            }
        }
    }

    /** Not the caller's fault: a persistence failure, a rolled-back commit, or "try again later". */
    private static boolean mayPassOnRetry(RuntimeException e) {
        return !(e instanceof Refusal r) || r.kind() == Refusal.Kind.UNAVAILABLE;
    }
}
