package org.alerrt.tracker.cmi5.domain.rules;

import java.util.List;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.PackageKind;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.CourseStructure;

/**
 * cmi5 §13.1.4 "masteryScore": "a scaled, decimal value between 0 and 1 (inclusive) with up to 4 decimal places
 * of precision". The XSD checks the range; this checks the precision (trailing zeros do not count).
 */
public final class MasteryScorePrecisionRule implements StructureRule {

    static final String RULE = "cmi5 §13.1.4 (masteryScore)";

    @Override
    public void check(CourseStructure s, PackageKind kind, Set<String> files, List<ImportProblem> problems) {
        for (AssignableUnit au : s.aus()) {
            if (au.masteryScore() != null
                    && au.masteryScore().stripTrailingZeros().scale() > 4) {
                problems.add(ImportProblem.of(
                        RULE,
                        Locations.of(au),
                        "masteryScore " + au.masteryScore().toPlainString() + " has more than 4 decimal places"));
            }
        }
    }
}
