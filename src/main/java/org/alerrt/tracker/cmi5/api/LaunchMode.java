package org.alerrt.tracker.cmi5.api;

import java.util.Arrays;
import java.util.Optional;

/** How the LMS launches an AU (cmi5 §10.2.2); only Normal records satisfaction-related data. */
public enum LaunchMode {
    Normal,
    Browse,
    Review;

    public static Optional<LaunchMode> parse(String value) {
        return Arrays.stream(values()).filter(m -> m.name().equals(value)).findFirst();
    }
}
