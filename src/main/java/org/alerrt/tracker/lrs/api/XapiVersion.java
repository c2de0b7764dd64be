package org.alerrt.tracker.lrs.api;

import java.util.Optional;

/** The xAPI versions this LRS speaks (Communication §3.3): any 1.0.x, and 2.0.0. */
public enum XapiVersion {
    V1_0_3("1.0.3"),
    V2_0_0("2.0.0");

    private final String header;

    XapiVersion(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    /**
     * The value of the setting {@code tracker.xapi.default-version}: exactly "1.0.3" or "2.0.0" (the versions whose
     * header this LRS answers with), so a typo stops the start instead of changing answers.
     */
    public static XapiVersion ofSetting(String value) {
        for (XapiVersion v : values()) {
            if (v.header.equals(value == null ? null : value.strip())) {
                return v;
            }
        }
        throw new IllegalArgumentException("tracker.xapi.default-version must be 1.0.3 or 2.0.0, not '" + value + "'");
    }

    /** §3.3.s3: "1.0" and "1.0.x" are 1.0.3; "2.0" and "2.0.x" are 2.0.0; anything else is rejected. */
    public static Optional<XapiVersion> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.trim();
        if (h.matches("^1\\.0(\\.\\d+)?$")) {
            return Optional.of(V1_0_3);
        }
        if (h.matches("^2\\.0(\\.\\d+)?$")) {
            return Optional.of(V2_0_0);
        }
        return Optional.empty();
    }
}
