package org.alerrt.tracker.platform.xapiclient;

/** The xAPI version the client speaks, sent in {@code X-Experience-API-Version} (xAPI 1.0.3 Communication §3.3). */
public enum XapiVersion {
    V1_0_3("1.0.3"),
    V2_0_0("2.0.0");

    private final String header;

    XapiVersion(String header) {
        this.header = header;
    }

    /** The value of the {@code X-Experience-API-Version} request header. */
    public String header() {
        return header;
    }
}
