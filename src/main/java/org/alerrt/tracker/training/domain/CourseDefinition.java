package org.alerrt.tracker.training.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.alerrt.tracker.training.api.TcoleCourseNumber;

/**
 * Everything that defines a catalogue course, checked on construction: a title, whole credit hours (TCOLE
 * reports whole hours), the mandate flag, the completion rule and the absolute activity IRIs that stand for the
 * whole course. Shared by the admin API and the catalogue file so both obey the same rules.
 */
public record CourseDefinition(
        TcoleCourseNumber number,
        String title,
        Delivery delivery,
        int creditHours,
        boolean countsTowardMandate,
        CompletionRule completionRule,
        List<String> activityIris) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_HOURS = 999;
    public static final int MAX_IRI = 2000;

    public CourseDefinition {
        if (number == null) {
            throw new InvalidValueException("tcoleNumber", "is required");
        }
        title = title == null ? "" : title.strip();
        if (title.isEmpty()) {
            throw new InvalidValueException("title", "must not be blank");
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidValueException("title", "must be at most " + MAX_TITLE + " characters");
        }
        if (delivery == null) {
            throw new InvalidValueException("delivery", "is required (ONLINE, DIRECT or INDIRECT)");
        }
        if (creditHours < 1 || creditHours > MAX_HOURS) {
            throw new InvalidValueException(
                    "creditHours", "must be a whole number of hours from 1 to " + MAX_HOURS + ", got " + creditHours);
        }
        if (completionRule == null) {
            throw new InvalidValueException("completionRule", "is required (PASSED or COMPLETED)");
        }
        Set<String> iris = new LinkedHashSet<>();
        List<String> given = activityIris == null ? List.of() : activityIris;
        for (int i = 0; i < given.size(); i++) {
            String iri = given.get(i) == null ? "" : given.get(i).strip();
            checkIri(iri, "activityIris[" + i + "]");
            iris.add(iri);
        }
        activityIris = List.copyOf(new ArrayList<>(iris));
    }

    /** This definition with the activity added to the ones that stand for the course. */
    public CourseDefinition withActivity(String iri) {
        List<String> iris = new ArrayList<>(activityIris);
        iris.add(iri);
        return withActivityIris(iris);
    }

    /** This definition without the activity. */
    public CourseDefinition withoutActivity(String iri) {
        List<String> iris = new ArrayList<>(activityIris);
        iris.remove(iri);
        return withActivityIris(iris);
    }

    private CourseDefinition withActivityIris(List<String> iris) {
        return new CourseDefinition(number, title, delivery, creditHours, countsTowardMandate, completionRule, iris);
    }

    /** xAPI activity ids are absolute IRIs (Data §2.4.4.1); whitespace would break the IFI-like matching. */
    static void checkIri(String iri, String field) {
        if (iri.isEmpty() || iri.length() > MAX_IRI || iri.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidValueException(
                    field, "must be an absolute IRI of at most " + MAX_IRI + " characters without spaces");
        }
        try {
            if (!new URI(iri).isAbsolute()) {
                throw new InvalidValueException(field, "must be an absolute IRI (with a scheme), got '" + iri + "'");
            }
        } catch (URISyntaxException e) {
            // IRIs may hold non-ASCII characters URI rejects; a scheme is what matters here
            if (!iri.matches("^[A-Za-z][A-Za-z0-9+.-]*:.+")) {
                throw new InvalidValueException(field, "must be an absolute IRI, got '" + iri + "'");
            }
        }
    }
}
