package org.alerrt.tracker.training.domain;

import org.alerrt.tracker.platform.text.EnumNames;

/**
 * How a course is delivered. ALERRT reports DIRECT and ONLINE hours to TCOLE itself; INDIRECT hours are
 * reported by the student's agency with the certificate (rulebook "Who reports what").
 */
public enum Delivery {
    ONLINE,
    DIRECT,
    INDIRECT;

    public static Delivery parse(String raw, String field) {
        return EnumNames.parse(Delivery.class, raw)
                .orElseThrow(() ->
                        new InvalidValueException(field, "must be ONLINE, DIRECT or INDIRECT, got '" + raw + "'"));
    }
}
