package org.alerrt.tracker.tincan.domain.rules;

import java.util.List;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.tincan.domain.TinCanStructure;

/** A package the LMS can launch: at least one activity has a non-empty {@code <launch>} element. */
public final class TinCanLaunchableRule implements TinCanRule {

    static final String RULE = "Tin Can tincan.xml: a launchable activity";

    @Override
    public void check(TinCanStructure s, Set<String> files, List<ImportProblem> problems) {
        if (s.launched().isEmpty()) {
            problems.add(ImportProblem.of(
                    RULE,
                    "tincan.xml",
                    s.activities().isEmpty()
                            ? "no <activity> in <activities>"
                            : "no activity has a <launch> element, so nothing can be launched"));
        }
    }
}
