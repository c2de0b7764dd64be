package org.alerrt.tracker.cmi5.domain.rules;

import java.util.List;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.ImportChecks;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.PackageKind;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.Objective;
import org.alerrt.tracker.cmi5.domain.StructureNode;

/**
 * cmi5 §13.1.1–13.1.4: course, block, objective and AU ids, and an AU's activityType, are of data type IRI. They
 * become xAPI activity ids, which must be absolute IRIs; xs:anyURI alone also accepts relative references.
 */
public final class IdsAreIrisRule implements StructureRule {

    static final String RULE = "cmi5 §13.1 (data type IRI)";

    @Override
    public void check(CourseStructure s, PackageKind kind, Set<String> files, List<ImportProblem> problems) {
        require(s.id(), "course", "id", problems);
        for (Objective o : s.objectives()) {
            require(o.id(), "objective '" + o.id() + "'", "id", problems);
        }
        for (StructureNode n : s.nodes()) {
            require(n.id(), Locations.of(n), "id", problems);
            if (n instanceof AssignableUnit au && au.activityType() != null) {
                require(au.activityType(), Locations.of(n), "activityType", problems);
            }
        }
    }

    private static void require(String value, String where, String field, List<ImportProblem> problems) {
        if (value == null || value.isEmpty()) {
            return; // missing: the XSD reports it
        }
        if (!ImportChecks.isAbsoluteIri(value)) {
            problems.add(ImportProblem.of(
                    RULE, where, field + " '" + value + "' is not an absolute IRI (it needs a scheme such as https:)"));
        }
    }
}
