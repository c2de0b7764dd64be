package org.alerrt.tracker.platform.errors;

/**
 * A request the caller can fix, refused by a rule of the domain or of a protocol: what kind of refusal, the field
 * at fault (if any), a message saying what is wrong, and the specification rule broken (if any). It knows no
 * transport: each adapter turns the kind into its own answer (an HTTP status and error body for the REST APIs, a
 * message on a page).
 */
public class Refusal extends RuntimeException {

    /** Why the request cannot be carried out. */
    public enum Kind {
        /** The request breaks a rule of its own form or content. */
        INVALID,
        /** The caller's credential is unknown or no longer valid. */
        UNAUTHENTICATED,
        /** The caller may not do this. */
        FORBIDDEN,
        /** What the request names does not exist (for this caller). */
        NOT_FOUND,
        /** The request contradicts the current state. */
        CONFLICT,
        /** A precondition the caller set (e.g. an ETag) does not hold. */
        PRECONDITION_FAILED,
        /** The request is larger than allowed. */
        TOO_LARGE,
        /** The request could not be carried out now; the same request may succeed later. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String property;
    private final String rule;

    public Refusal(Kind kind, String property, String message) {
        this(kind, property, message, null);
    }

    public Refusal(Kind kind, String property, String message, String rule) {
        super(message);
        this.kind = kind;
        this.property = property;
        this.rule = rule;
    }

    public static Refusal invalid(String property, String message) {
        return new Refusal(Kind.INVALID, property, message);
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, null, message);
    }

    public static Refusal conflict(String property, String message) {
        return new Refusal(Kind.CONFLICT, property, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The field, property or parameter at fault, when there is one. */
    public String property() {
        return property;
    }

    /** The specification rule broken, when there is one. */
    public String rule() {
        return rule;
    }
}
