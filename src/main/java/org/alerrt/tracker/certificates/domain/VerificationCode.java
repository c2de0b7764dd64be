package org.alerrt.tracker.certificates.domain;

import java.util.Optional;
import java.util.regex.Pattern;
import org.alerrt.tracker.platform.security.SecretHasher;

/**
 * The unguessable code printed on a certificate and used in its public URL: 128 random bits, base64url without
 * padding (22 characters). Knowing one code must not help to find another, so codes are random, never derived.
 */
public record VerificationCode(String value) {

    public static final int RANDOM_BYTES = 16;
    public static final int LENGTH = 22;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

    public VerificationCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A verification code is " + LENGTH + " URL-safe base64 characters");
        }
    }

    public static VerificationCode generate() {
        return new VerificationCode(SecretHasher.randomToken(RANDOM_BYTES));
    }

    /** Empty for anything that is not a well-formed code, so callers can answer it exactly like an unknown code. */
    public static Optional<VerificationCode> parse(String raw) {
        return raw != null && FORMAT.matcher(raw).matches() ? Optional.of(new VerificationCode(raw)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
