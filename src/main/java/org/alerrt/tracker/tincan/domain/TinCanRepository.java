package org.alerrt.tracker.tincan.domain;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.alerrt.tracker.cmi5.api.TinCanLaunches;

/**
 * Tin Can activities of imported versions and launches of Tin Can registrations. Writes join the transaction. It is
 * also what cmi5's launch credential rules ask of a Tin Can launch ({@link TinCanLaunches}).
 */
public interface TinCanRepository extends TinCanLaunches {

    /** Inserts the activities in file order; the launched one is marked. */
    void insertActivities(long versionId, TinCanStructure structure);

    TinCanStructure structure(long versionId);

    @Override
    default Set<String> activityIds(long versionId) {
        return structure(versionId).activities().stream()
                .map(TinCanActivity::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    void insertLaunch(TinCanLaunch launch);

    /** Launches of the registration not yet ended, locked until the transaction ends. */
    List<TinCanLaunch> openLaunchesForUpdate(String registration);

    /** @return false when it had ended already */
    @Override
    boolean endLaunch(String launchId, OffsetDateTime at);

    Optional<TinCanLaunch> launchByCredential(String credentialKey);

    /** The learner's newest registration on the course, if any. */
    Optional<String> latestRegistration(long courseId, long learnerId);
}
