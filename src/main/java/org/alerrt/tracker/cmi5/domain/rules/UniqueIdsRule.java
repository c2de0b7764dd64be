package org.alerrt.tracker.cmi5.domain.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.PackageKind;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.Objective;
import org.alerrt.tracker.cmi5.domain.StructureNode;

/**
 * cmi5 §13.1.2, §13.1.3, §13.1.4: block, objective and AU ids "MUST be unique within the course structure". The
 * course, its blocks and AUs share one namespace (all become activity ids in statements); objectives another.
 */
public final class UniqueIdsRule implements StructureRule {

    static final String RULE = "cmi5 §13.1.2/§13.1.4 (ids unique within the course structure)";
    static final String OBJECTIVE_RULE = "cmi5 §13.1.3 (objective ids unique within the course structure)";

    @Override
    public void check(CourseStructure s, PackageKind kind, Set<String> files, List<ImportProblem> problems) {
        Map<String, String> seen = new HashMap<>();
        if (s.id() != null) {
            seen.put(s.id(), "the course");
        }
        for (StructureNode n : s.nodes()) {
            String first = seen.putIfAbsent(n.id(), Locations.of(n));
            if (first != null) {
                problems.add(
                        ImportProblem.of(RULE, Locations.of(n), "id '" + n.id() + "' is already used by " + first));
            }
        }
        Map<String, Boolean> objectives = new HashMap<>();
        for (Objective o : s.objectives()) {
            if (objectives.putIfAbsent(o.id(), true) != null) {
                problems.add(ImportProblem.of(
                        OBJECTIVE_RULE, "objective '" + o.id() + "'", "objective id is declared more than once"));
            }
        }
    }
}
