package org.alerrt.tracker.cmi5.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.PackageKind;
import org.alerrt.tracker.cmi5.domain.CourseStructure;

/** One rule on an imported course structure; adds a problem per violation and never stops at the first. */
public interface StructureRule {

    /**
     * @param kind  zip or standalone XML
     * @param files paths of the files in the zip (empty for standalone XML)
     */
    void check(CourseStructure structure, PackageKind kind, Set<String> files, List<ImportProblem> problems);

    /** Every rule an imported structure must pass, in reporting order. */
    static List<StructureRule> all() {
        return List.of(
                new IdsAreIrisRule(),
                new UniqueIdsRule(),
                new ObjectiveReferencesRule(),
                new AuUrlRule(),
                new MasteryScorePrecisionRule(),
                new StoredLengthsRule());
    }

    /** Runs every rule and returns all problems found. */
    static List<ImportProblem> checkAll(CourseStructure structure, PackageKind kind, Set<String> files) {
        List<ImportProblem> problems = new ArrayList<>();
        for (StructureRule rule : all()) {
            rule.check(structure, kind, files, problems);
        }
        return problems;
    }
}
