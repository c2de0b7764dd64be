package org.alerrt.tracker.portal.application;

import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.CourseFormat;
import org.alerrt.tracker.cmi5.api.CourseProgress;
import org.alerrt.tracker.cmi5.api.Registration;

/**
 * One course as a learner sees it in the portal: the linked catalogue course, the learner's registration (if
 * started) and, for a cmi5 course, one row per block and AU in cmi5.xml order, with the nesting depth.
 */
public record PortalCourse(
        Cmi5Course course,
        String title,
        String tcoleNumber,
        int creditHours,
        Optional<Registration> registration,
        CourseProgress.State state,
        int version,
        List<CourseProgress.Row> rows) {

    public PortalCourse {
        rows = List.copyOf(rows);
    }

    public String registrationId() {
        return registration.map(Registration::registration).orElse(null);
    }

    public boolean started() {
        return registration.isPresent();
    }

    /** A Tin Can course: launched as a whole, no blocks or AUs. */
    public boolean tinCan() {
        return course.format() == CourseFormat.TINCAN;
    }
}
