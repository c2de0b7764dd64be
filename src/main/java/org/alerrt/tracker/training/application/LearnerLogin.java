package org.alerrt.tracker.training.application;

import org.alerrt.tracker.training.domain.InvalidValueException;

/** A learner's sign-in for the learner pages and {@code /api/me}. */
public record LearnerLogin(String username, String password) {

    public static final int MIN_PASSWORD = 8;

    public LearnerLogin {
        if (username == null || username.isBlank()) {
            throw new InvalidValueException("username", "must not be blank when a password is given");
        }
        username = username.strip();
        if (username.length() > 200) {
            throw new InvalidValueException("username", "must be at most 200 characters");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidValueException("password", "must be at least " + MIN_PASSWORD + " characters");
        }
    }
}
