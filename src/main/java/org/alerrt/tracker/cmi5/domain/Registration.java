package org.alerrt.tracker.cmi5.domain;

import java.time.OffsetDateTime;

/**
 * A learner's enrollment in a cmi5 course (§9.6.1), pinned to the course version current when it was made, so a
 * re-import never changes what it launches. {@code actor} is the xAPI Agent JSON used in every launch (§8.1.3).
 */
public record Registration(
        String registration, long courseId, int version, long learnerId, String actor, OffsetDateTime createdAt) {}
