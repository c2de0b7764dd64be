package org.alerrt.tracker.platform.security;

/**
 * What a {@link CredentialVerifier} found. Only {@link Outcome#WRONG_SECRET} is a guess and counts against the
 * sign-in throttle: a revoked credential or an ended launch cannot be guessed into use, so refusing it needs no lock.
 */
public record Verification(Outcome outcome, Caller caller) {

    public enum Outcome {
        ACCEPTED,
        /** Unknown name or wrong secret. */
        WRONG_SECRET,
        /** The credential may not be used (revoked, its launch ended or idle), whatever the secret. */
        NOT_ADMITTED
    }

    public Verification {
        if ((outcome == Outcome.ACCEPTED) != (caller != null)) {
            throw new IllegalArgumentException("a caller exactly when accepted");
        }
    }

    public static Verification accepted(Caller caller) {
        return new Verification(Outcome.ACCEPTED, caller);
    }

    public static Verification wrongSecret() {
        return new Verification(Outcome.WRONG_SECRET, null);
    }

    public static Verification notAdmitted() {
        return new Verification(Outcome.NOT_ADMITTED, null);
    }
}
