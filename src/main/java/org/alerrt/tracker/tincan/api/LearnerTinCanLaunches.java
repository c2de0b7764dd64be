package org.alerrt.tracker.tincan.api;

import org.alerrt.tracker.training.api.LearnerSummary;

/** What the learner portal asks of the Tin Can context: register a learner on a Tin Can course, launch it for them. */
public interface LearnerTinCanLaunches {

    /** Registers the learner on the course's current version, with the learner's xAPI identity as actor. */
    void registerLearner(LearnerSummary learner, long courseId);

    /** Launches the course on the learner's newest registration of it, or a new one when there is none. */
    TinCanLaunched launchForLearner(long learnerId, long courseId);
}
