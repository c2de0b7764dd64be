package org.alerrt.tracker.cmi5.domain.rules;

import java.util.List;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.PackageKind;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.StructureNode;
import org.alerrt.tracker.lrs.api.XapiLimits;

/**
 * cmi5 sets no length limits; the tables do (V10, V11), and course, block and AU ids become the activity ids of the
 * statements the LMS writes (cmi5 §9.4, §9.6.3), which the LRS bounds. A longer value is an import problem, not a
 * failed insert (500) at import or a refused "satisfied" statement later.
 */
public final class StoredLengthsRule implements StructureRule {

    static final String RULE = "length of stored ids and urls";
    /** {@code cmi5_au.url}. */
    static final int MAX_URL = 4000;
    /** {@code cmi5_au.activity_type}. */
    static final int MAX_ACTIVITY_TYPE = 2000;

    @Override
    public void check(CourseStructure s, PackageKind kind, Set<String> files, List<ImportProblem> problems) {
        id(s.id(), "course", problems);
        for (StructureNode n : s.nodes()) {
            id(n.id(), Locations.of(n), problems);
            if (n instanceof AssignableUnit au) {
                atMost(au.url(), MAX_URL, Locations.of(n), "url", problems);
                atMost(au.activityType(), MAX_ACTIVITY_TYPE, Locations.of(n), "activityType", problems);
            }
        }
    }

    public static void id(String id, String where, List<ImportProblem> problems) {
        if (id != null && !XapiLimits.isStorableActivityId(id)) {
            problems.add(ImportProblem.of(
                    RULE,
                    where,
                    "id is longer than " + XapiLimits.ACTIVITY_ID
                            + " characters (or " + XapiLimits.INDEXED_UTF8_BYTES
                            + " bytes in UTF-8), the longest activity id"
                            + " this LRS stores"));
        }
    }

    public static void atMost(String value, int max, String where, String field, List<ImportProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(ImportProblem.of(RULE, where, field + " is longer than " + max + " characters"));
        }
    }
}
