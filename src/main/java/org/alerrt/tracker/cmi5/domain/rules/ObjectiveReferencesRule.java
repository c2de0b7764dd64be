package org.alerrt.tracker.cmi5.domain.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.PackageKind;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.Objective;
import org.alerrt.tracker.cmi5.domain.StructureNode;

/**
 * cmi5 §13.1.2, §13.1.4 "objectives": a block or AU lists objectives "referenced by" it, so each idref must name
 * an objective declared at the course level (§13.1.3).
 */
public final class ObjectiveReferencesRule implements StructureRule {

    static final String RULE = "cmi5 §13.1.3 (objective references)";

    @Override
    public void check(CourseStructure s, PackageKind kind, Set<String> files, List<ImportProblem> problems) {
        Set<String> declared = s.objectives().stream().map(Objective::id).collect(Collectors.toSet());
        for (StructureNode n : s.nodes()) {
            for (String ref : n.objectiveRefs()) {
                if (!declared.contains(ref)) {
                    problems.add(ImportProblem.of(
                            RULE,
                            Locations.of(n),
                            "objective idref '" + ref + "' names no objective declared in the course's <objectives>"));
                }
            }
        }
    }
}
