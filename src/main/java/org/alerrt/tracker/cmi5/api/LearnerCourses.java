package org.alerrt.tracker.cmi5.api;

import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * What the learner portal asks of cmi5 for the signed-in learner: the progress of a course, a registration of the
 * learner's actor, and the launch of an AU of the learner's own registration. cmi5 implements it.
 */
public interface LearnerCourses {

    /** What an AU launch gives the portal: where to go, the session it starts and how to open it (§13.1.4). */
    record AuLaunch(String url, String sessionId, LaunchMethod launchMethod) {}

    /** The course version's blocks and AUs with what the registration has recorded; not started when it is empty. */
    CourseProgress progress(long courseId, int version, Optional<String> registration);

    /**
     * Registers the actor on the cmi5 course's current version (§9.6.1); the learner is found by the actor, or
     * created.
     */
    Registration register(long courseId, JsonObject actor, String firstName, String lastName, String by);

    /**
     * Launches an AU of the learner's own registration (§8.1) with the given returnURL (§10); outside a
     * transaction, as each attempt is one. 404 for a registration that is not the learner's, as for one that does
     * not exist.
     */
    AuLaunch launch(long learnerId, String registration, String auId, String launchMode, String returnUrl);
}
