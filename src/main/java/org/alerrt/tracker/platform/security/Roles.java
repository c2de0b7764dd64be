package org.alerrt.tracker.platform.security;

/** Role names used in web.xml constraints; each caller group maps to the role of the same name. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String LEARNER = "learner";
    /** An LRS credential (xAPI client). */
    public static final String LRS = "lrs";

    private Roles() {}
}
