package org.alerrt.tracker.cmi5.api;

import java.util.Optional;

/** A learner's cmi5 preferences (§11), as the learner reads and sets them. cmi5 implements it. */
public interface Cmi5Preferences {

    /** The learner's preferences; empty when none were ever written. */
    Optional<LearnerPreferences> of(long learnerId);

    /** Replaces the learner's preferences. */
    LearnerPreferences set(long learnerId, LearnerPreferences preferences);
}
