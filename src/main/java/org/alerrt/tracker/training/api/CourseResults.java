package org.alerrt.tracker.training.api;

/**
 * Results a launcher decides itself and records at once, in its own transaction (cmi5: a course failed where a pass
 * was required), rather than through the statement-stored event.
 */
public interface CourseResults {

    /**
     * Records what the result means for the catalogue course its activity stands for, as the statement-stored event
     * would; nothing when the activity stands for no course. Idempotent per statement.
     */
    void record(CourseResult result);
}
