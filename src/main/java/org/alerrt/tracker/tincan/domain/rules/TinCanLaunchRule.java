package org.alerrt.tracker.tincan.domain.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.ImportChecks;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.tincan.domain.TinCanActivity;
import org.alerrt.tracker.tincan.domain.TinCanStructure;

/**
 * A {@code <launch>} is a URL: absolute (http or https, content hosted elsewhere) or a relative path naming a file
 * of the zip, inside it (its own query and fragment are kept at launch).
 */
public final class TinCanLaunchRule implements TinCanRule {

    static final String RULE = "Tin Can tincan.xml launch: absolute URL or a file of the zip";

    @Override
    public void check(TinCanStructure s, Set<String> files, List<ImportProblem> problems) {
        List<TinCanActivity> activities = s.activities();
        for (int i = 0; i < activities.size(); i++) {
            TinCanActivity a = activities.get(i);
            if (a.launch() == null) {
                continue;
            }
            String where = TinCanRule.where(i, a.id());
            if (a.launch().isEmpty()) {
                problems.add(ImportProblem.of(RULE, where, "the <launch> element is empty"));
                continue;
            }
            URI uri;
            try {
                uri = new URI(a.launch());
            } catch (URISyntaxException e) {
                problems.add(ImportProblem.of(
                        RULE, where, "launch '" + a.launch() + "' is not a valid URL: " + e.getReason()));
                continue;
            }
            if (uri.isAbsolute()) {
                String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    problems.add(
                            ImportProblem.of(RULE, where, "launch '" + a.launch() + "' must be an http or https URL"));
                }
                continue;
            }
            ImportChecks.fileOfZip(uri, files, RULE, where, "launch '" + a.launch() + "'", problems);
        }
    }
}
