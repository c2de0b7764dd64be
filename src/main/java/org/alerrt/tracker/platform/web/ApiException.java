package org.alerrt.tracker.platform.web;

/** A request the caller can fix: carries the HTTP status, the property at fault (if any) and a clear message. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String property;
    private final String rule;

    public ApiException(int status, String property, String message) {
        this(status, property, message, null);
    }

    public ApiException(int status, String property, String message, String rule) {
        super(message);
        this.status = status;
        this.property = property;
        this.rule = rule;
    }

    public static ApiException badRequest(String property, String message) {
        return new ApiException(400, property, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, null, message);
    }

    public static ApiException conflict(String property, String message) {
        return new ApiException(409, property, message);
    }

    public int status() {
        return status;
    }

    public String property() {
        return property;
    }

    /** The specification rule broken, when there is one. */
    public String rule() {
        return rule;
    }
}
