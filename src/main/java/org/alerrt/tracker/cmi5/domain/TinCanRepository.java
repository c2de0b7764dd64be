package org.alerrt.tracker.cmi5.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Tin Can activities of imported versions and launches of Tin Can registrations. Writes join the transaction. */
public interface TinCanRepository {

    void setFormat(long courseId, CourseFormat format);

    /** Inserts the activities in file order; the launched one is marked. */
    void insertActivities(long versionId, TinCanStructure structure);

    TinCanStructure structure(long versionId);

    void insertLaunch(TinCanLaunch launch);

    /** Launches of the registration not yet ended, locked until the transaction ends. */
    List<TinCanLaunch> openLaunchesForUpdate(String registration);

    /** @return false when it had ended already */
    boolean endLaunch(String launchId, OffsetDateTime at);

    Optional<TinCanLaunch> launchByCredential(String credentialKey);

    /** The learner's newest registration on the course, if any. */
    Optional<String> latestRegistration(long courseId, long learnerId);
}
