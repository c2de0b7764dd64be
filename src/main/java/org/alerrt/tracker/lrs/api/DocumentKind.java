package org.alerrt.tracker.lrs.api;

/** The three document resources (Communication §2.2.s3), each with the name of its document id parameter. */
public enum DocumentKind {
    STATE("stateId", "§2.3"),
    ACTIVITY_PROFILE("profileId", "§2.7"),
    AGENT_PROFILE("profileId", "§2.6");

    private final String idParameter;
    private final String section;

    DocumentKind(String idParameter, String section) {
        this.idParameter = idParameter;
        this.section = section;
    }

    public String idParameter() {
        return idParameter;
    }

    /** The section of xAPI Communication 1.0.3 describing the resource, for error messages. */
    public String section() {
        return section;
    }

    /** §3.1.s3: 1.0.3 exempts the State Resource from the clients' concurrency-header duty; 2.0 does not. */
    public boolean isProfile() {
        return this != STATE;
    }
}
