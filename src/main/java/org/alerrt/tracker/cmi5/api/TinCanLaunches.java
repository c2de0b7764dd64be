package org.alerrt.tracker.cmi5.api;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * What the launch credential rules need from a Tin Can launch (the tincan context implements it): the activities a
 * course version's launch credential speaks for, and ending a launch that went idle.
 */
public interface TinCanLaunches {

    /** Prefix of Tin Can launch credential keys: a key with it and no launch behind it is refused. */
    String KEY_PREFIX = "tincan-";

    /** The ids of the version's activities, in tincan.xml order. */
    Set<String> activityIds(long versionId);

    /** Ends the launch if still open; true when this call ended it. */
    boolean endLaunch(String launchId, OffsetDateTime at);
}
