package org.alerrt.tracker.reporting.domain;

import java.util.Optional;
import org.alerrt.tracker.platform.text.EnumNames;

/**
 * How a course was delivered, which decides who reports it to TCOLE. Since 2023-08-14 ALERRT reports direct and
 * online deliveries itself; indirect (and informal) training is reported by the student's agency with the
 * certificate. TCOLE forbids double reporting, so indirect completions never enter ALERRT's queue.
 */
public enum Delivery {
    ONLINE(true),
    DIRECT(true),
    INDIRECT(false);

    private final boolean reportedByAlerrt;

    Delivery(boolean reportedByAlerrt) {
        this.reportedByAlerrt = reportedByAlerrt;
    }

    public boolean reportedByAlerrt() {
        return reportedByAlerrt;
    }

    /** Empty for anything that is not a known delivery. */
    public static Optional<Delivery> parse(String value) {
        return EnumNames.parse(Delivery.class, value);
    }

    /** The queue's filter: only a known delivery that ALERRT reports; unknown values are never queued. */
    public static boolean isQueuedForAlerrt(String delivery) {
        return parse(delivery).map(Delivery::reportedByAlerrt).orElse(false);
    }
}
