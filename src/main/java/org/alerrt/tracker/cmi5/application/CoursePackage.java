package org.alerrt.tracker.cmi5.application;

import java.util.List;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.PackageFiles;
import org.alerrt.tracker.cmi5.api.PackageKind;
import org.alerrt.tracker.cmi5.domain.CourseStructure;

/**
 * A course package as read: its kind, the course structure (null when cmi5.xml could not be read at all), its
 * files, and every problem found so far (empty when the package is valid).
 */
public record CoursePackage(
        PackageKind kind, CourseStructure structure, PackageFiles files, List<ImportProblem> problems) {

    public CoursePackage {
        problems = List.copyOf(problems);
    }
}
