package org.alerrt.tracker.platform.security.throttle;

import java.util.Optional;

/** What a counter counts failures of. Names of the two realms are kept apart: a user name may equal an LRS key. */
public enum ThrottleKind {
    /** A user name as typed, whether or not such an account exists. */
    ACCOUNT,
    /** An xAPI key (LRS credential), whether or not it exists. */
    LRS_KEY,
    /** The client's IP address, over both realms. */
    ADDRESS;

    /** The kind named in a request, in any letter case; empty for anything else. */
    public static Optional<ThrottleKind> parse(String name) {
        for (ThrottleKind k : values()) {
            if (k.name().equalsIgnoreCase(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
