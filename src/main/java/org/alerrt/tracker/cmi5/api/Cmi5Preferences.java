package org.alerrt.tracker.cmi5.api;

import jakarta.json.JsonObject;
import java.util.Optional;

/** A learner's cmi5 preferences (§11), as the learner reads and sets them. cmi5 implements it. */
public interface Cmi5Preferences {

    /** The learner's preferences; empty when none were ever written. */
    Optional<LearnerPreferences> of(long learnerId);

    /** The learner's preferences as AUs read them; {@code {}} when none were ever written. */
    default JsonObject json(long learnerId) {
        return of(learnerId).map(LearnerPreferences::toJson).orElse(JsonObject.EMPTY_JSON_OBJECT);
    }

    /** Replaces the learner's preferences. */
    LearnerPreferences set(long learnerId, LearnerPreferences preferences);
}
