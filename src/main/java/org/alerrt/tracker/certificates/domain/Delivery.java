package org.alerrt.tracker.certificates.domain;

import org.alerrt.tracker.platform.text.EnumNames;

/** How a course was delivered; printed on the certificate because it tells the agency who reports the hours. */
public enum Delivery {
    ONLINE("Online (ALERRT e-Learning)"),
    DIRECT("Direct (ALERRT instructors)"),
    INDIRECT("Indirect (ALERRT Certified Instructor)");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Since 2023-08-14 ALERRT reports the TCOLE hours of the direct and online training it conducts; indirect
     * training is reported by the officer's agency with the certificate, never by ALERRT (rulebook, Who reports).
     */
    public boolean reportedByAlerrt() {
        return this != INDIRECT;
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static Delivery parse(String value) {
        return EnumNames.parse(Delivery.class, value)
                .orElseThrow(() ->
                        new IllegalArgumentException("delivery must be ONLINE, DIRECT or INDIRECT, was " + value));
    }
}
