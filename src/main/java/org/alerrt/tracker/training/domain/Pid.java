package org.alerrt.tracker.training.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A TCOLE person identifier, the key of an officer's record in TCLEDDS. Its format is not published, so the
 * pattern is configuration ({@code tracker.training.pid-pattern}, default 1 to 7 digits).
 */
public record Pid(String value) {

    public static final String DEFAULT_PATTERN = "^[0-9]{1,7}$";

    public Pid {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("pid", "must not be blank");
        }
    }

    public static Pid of(String raw, Pattern format) {
        String v = raw == null ? null : raw.strip();
        if (v == null || v.isEmpty()) {
            throw new InvalidValueException("pid", "must not be blank");
        }
        if (!format.matcher(v).matches()) {
            throw new InvalidValueException(
                    "pid", "'" + v + "' is not a valid PID (expected " + format.pattern() + ")");
        }
        return new Pid(v);
    }

    /** Empty for a blank value: "no PID yet" is a normal state, not an error. */
    public static Optional<Pid> optional(String raw, Pattern format) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(of(raw, format));
    }

    @Override
    public String toString() {
        return value;
    }
}
