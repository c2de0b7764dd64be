package org.alerrt.tracker.training.api;

import jakarta.json.JsonObject;
import org.alerrt.tracker.lrs.api.ActorIdentity;

/**
 * A result on a course activity: the learner's actor, what the result is, the activity and registration it is on,
 * and the statement reporting it (its id and timestamp, and what the ALERRT profile adds).
 */
public record CourseResult(
        ActorIdentity actor, Verb verb, String activityId, String registration, JsonObject statement) {

    /** The xAPI verbs that decide a course (docs/compliance.md). */
    public enum Verb {
        PASSED,
        COMPLETED,
        FAILED,
        /** cmi5 §9.3.9: the LMS's "satisfied" on the course. */
        SATISFIED
    }
}
