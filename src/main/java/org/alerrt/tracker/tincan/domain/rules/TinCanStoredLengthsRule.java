package org.alerrt.tracker.tincan.domain.rules;

import java.util.List;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.ImportChecks;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.tincan.domain.TinCanActivity;
import org.alerrt.tracker.tincan.domain.TinCanStructure;

/** Lengths of what tincan.xml declares: ids become activity ids, the rest fill columns of {@code tincan_activity} (V14). */
public final class TinCanStoredLengthsRule implements TinCanRule {

    static final int MAX_TYPE = 2000;
    static final int MAX_LAUNCH = 4000;
    static final int MAX_LAUNCH_LANG = 100;

    @Override
    public void check(TinCanStructure s, Set<String> files, List<ImportProblem> problems) {
        List<TinCanActivity> activities = s.activities();
        for (int i = 0; i < activities.size(); i++) {
            TinCanActivity a = activities.get(i);
            String where = TinCanRule.where(i, a.id());
            ImportChecks.storableId(a.id(), where, problems);
            ImportChecks.atMost(a.type(), MAX_TYPE, where, "type", problems);
            ImportChecks.atMost(a.launch(), MAX_LAUNCH, where, "launch", problems);
            ImportChecks.atMost(a.launchLang(), MAX_LAUNCH_LANG, where, "launch lang", problems);
        }
    }
}
