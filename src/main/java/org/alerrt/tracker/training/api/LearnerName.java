package org.alerrt.tracker.training.api;

/** The name a launcher gives a learner it registers; training checks it when it records the learner. */
public record LearnerName(String firstName, String lastName) {

    /** The longest first or last name training records. */
    public static final int MAX_NAME = 100;
}
