package org.alerrt.tracker.tincan.domain.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.ImportChecks;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.tincan.domain.TinCanActivity;
import org.alerrt.tracker.tincan.domain.TinCanStructure;

/**
 * Activity ids and types are absolute IRIs (they become xAPI activity ids and types, xAPI Data §2.4.4.1 "id",
 * §2.4.4.1.1 "type": IRI), and each id is declared once.
 */
public final class TinCanIdsRule implements TinCanRule {

    static final String RULE = "Tin Can tincan.xml activity id/type (xAPI Data §2.4.4.1: IRI)";

    @Override
    public void check(TinCanStructure s, Set<String> files, List<ImportProblem> problems) {
        Set<String> seen = new HashSet<>();
        List<TinCanActivity> activities = s.activities();
        for (int i = 0; i < activities.size(); i++) {
            TinCanActivity a = activities.get(i);
            String where = TinCanRule.where(i, a.id());
            if (a.id() == null || a.id().isEmpty()) {
                problems.add(ImportProblem.of(RULE, where, "the activity has no id attribute"));
            } else if (!ImportChecks.isAbsoluteIri(a.id())) {
                problems.add(ImportProblem.of(
                        RULE, where, "id '" + a.id() + "' is not an absolute IRI (it needs a scheme such as https:)"));
            } else if (!seen.add(a.id())) {
                problems.add(ImportProblem.of(RULE, where, "id '" + a.id() + "' is declared twice"));
            }
            if (a.type() != null && !ImportChecks.isAbsoluteIri(a.type())) {
                problems.add(ImportProblem.of(RULE, where, "type '" + a.type() + "' is not an absolute IRI"));
            }
        }
    }
}
