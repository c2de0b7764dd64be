package org.alerrt.tracker.lrs.domain;

/** ADL verb IRIs the LRS itself gives meaning to. */
public final class Verbs {
    public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private Verbs() {}
}
