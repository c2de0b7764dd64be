package org.alerrt.tracker.cmi5.api;

/**
 * What the LMS has recorded for one AU in one registration: which of the cmi5 defined verbs "Completed",
 * "Passed", "Failed" (§9.3.3–9.3.5) and the LMS's "Waived" (§9.3.7) it has received. Facts only accumulate.
 */
public record AuProgress(boolean completed, boolean passed, boolean failed, boolean waived) {

    public static final AuProgress NONE = new AuProgress(false, false, false, false);

    public AuProgress withCompleted() {
        return new AuProgress(true, passed, failed, waived);
    }

    public AuProgress withPassed() {
        return new AuProgress(completed, true, failed, waived);
    }

    public AuProgress withFailed() {
        return new AuProgress(completed, passed, true, waived);
    }

    public AuProgress withWaived() {
        return new AuProgress(completed, passed, failed, true);
    }
}
