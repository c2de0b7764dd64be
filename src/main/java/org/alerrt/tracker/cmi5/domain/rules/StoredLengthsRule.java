package org.alerrt.tracker.cmi5.domain.rules;

import java.util.List;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.ImportChecks;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.PackageKind;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.StructureNode;

/**
 * cmi5 sets no length limits; the tables do (V10, V11), and course, block and AU ids become the activity ids of the
 * statements the LMS writes (cmi5 §9.4, §9.6.3), which the LRS bounds. A longer value is an import problem, not a
 * failed insert (500) at import or a refused "satisfied" statement later.
 */
public final class StoredLengthsRule implements StructureRule {

    /** {@code cmi5_au.url}. */
    static final int MAX_URL = 4000;
    /** {@code cmi5_au.activity_type}. */
    static final int MAX_ACTIVITY_TYPE = 2000;

    @Override
    public void check(CourseStructure s, PackageKind kind, Set<String> files, List<ImportProblem> problems) {
        ImportChecks.storableId(s.id(), "course", problems);
        for (StructureNode n : s.nodes()) {
            ImportChecks.storableId(n.id(), Locations.of(n), problems);
            if (n instanceof AssignableUnit au) {
                ImportChecks.atMost(au.url(), MAX_URL, Locations.of(n), "url", problems);
                ImportChecks.atMost(au.activityType(), MAX_ACTIVITY_TYPE, Locations.of(n), "activityType", problems);
            }
        }
    }
}
