package org.alerrt.tracker.certificates.domain;

/**
 * Masks a TCOLE PID for public display. The PID identifies the officer in TCLEDDS, so the public page shows only
 * enough to compare with a printed certificate: the last two digits behind a fixed-width mask (the width does not
 * leak the PID's length).
 */
public final class PidMask {

    public static final String MASK = "•••••";
    static final int SHOWN = 2;

    private PidMask() {}

    public static String mask(String pid) {
        String p = pid == null ? "" : pid.strip();
        // A PID this short would be revealed whole by its last two digits.
        if (p.length() <= SHOWN + 1) {
            return MASK + "••";
        }
        return MASK + p.substring(p.length() - SHOWN);
    }
}
