package org.alerrt.tracker.training.domain;

import org.alerrt.tracker.platform.errors.Refusal;

/** A value that breaks a training rule; names the field so adapters can answer 400 with it. */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The message without the field prefix. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }

    /** The same refusal for callers outside training: INVALID, naming the field, with the same message. */
    public Refusal toRefusal() {
        return Refusal.invalid(field, getMessage());
    }
}
