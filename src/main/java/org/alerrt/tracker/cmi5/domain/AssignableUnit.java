package org.alerrt.tracker.cmi5.domain;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.alerrt.tracker.cmi5.api.LangString;
import org.alerrt.tracker.cmi5.api.LaunchMethod;

/**
 * An AU as declared in cmi5.xml (§13.1.4). {@code url} is the launch URL as written (relative to the package
 * root, or absolute); {@code masteryScore}, {@code launchParameters}, {@code entitlementKey} and
 * {@code activityType} may be null.
 */
public record AssignableUnit(
        String id,
        LangString title,
        LangString description,
        List<String> objectiveRefs,
        String url,
        LaunchMethod launchMethod,
        MoveOn moveOn,
        BigDecimal masteryScore,
        String launchParameters,
        String entitlementKey,
        String activityType)
        implements StructureNode {

    public AssignableUnit {
        objectiveRefs = List.copyOf(objectiveRefs);
        // compare by value: "0.80" in the file and 0.8000 from a DECIMAL(5,4) column are the same score
        masteryScore = masteryScore == null ? null : masteryScore.stripTrailingZeros();
    }

    /** True when the url carries a scheme, i.e. points outside the package (§14.1). */
    public boolean hasAbsoluteUrl() {
        return isAbsolute(url);
    }

    static boolean isAbsolute(String url) {
        try {
            return url != null && URI.create(url).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
