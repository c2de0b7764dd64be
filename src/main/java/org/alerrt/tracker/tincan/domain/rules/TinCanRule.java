package org.alerrt.tracker.tincan.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.tincan.domain.TinCanStructure;

/**
 * One rule on a tincan.xml (Rustici's Tin Can packaging; there is no official schema, so each structural rule is
 * one class here). Adds a problem per violation and never stops at the first.
 */
public interface TinCanRule {

    /** @param files paths of the files in the zip */
    void check(TinCanStructure structure, Set<String> files, List<ImportProblem> problems);

    static List<TinCanRule> all() {
        return List.of(
                new TinCanIdsRule(), new TinCanLaunchableRule(), new TinCanLaunchRule(), new TinCanStoredLengthsRule());
    }

    static List<ImportProblem> checkAll(TinCanStructure structure, Set<String> files) {
        List<ImportProblem> problems = new ArrayList<>();
        for (TinCanRule rule : all()) {
            rule.check(structure, files, problems);
        }
        return problems;
    }

    /** How problems name an activity: its position in tincan.xml (1-based) and id. */
    static String where(int index, String id) {
        return "tincan.xml activity " + (index + 1) + (id == null || id.isEmpty() ? "" : " '" + id + "'");
    }
}
