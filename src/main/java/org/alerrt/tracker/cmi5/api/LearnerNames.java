package org.alerrt.tracker.cmi5.api;

import jakarta.json.JsonObject;
import java.util.function.UnaryOperator;
import org.alerrt.tracker.platform.json.JsonFields;
import org.alerrt.tracker.training.api.LearnerName;

/** The name a launcher registers a learner under, from the request and the xAPI actor (both formats). */
public final class LearnerNames {

    private LearnerNames() {}

    /**
     * The first and last names given; a missing one taken from the actor's {@code name} split at its last space;
     * when that has no space, {@code unsplit} of the actor's name (null when it has none) is the first name and "-"
     * the last.
     */
    public static LearnerName of(JsonObject actor, String firstName, String lastName, UnaryOperator<String> unsplit) {
        String name = JsonFields.string(actor, "name");
        String first = firstName;
        String last = lastName;
        if ((first == null || last == null) && name != null && name.strip().contains(" ")) {
            String n = name.strip();
            first = first != null ? first : n.substring(0, n.lastIndexOf(' '));
            last = last != null ? last : n.substring(n.lastIndexOf(' ') + 1);
        }
        return new LearnerName(first != null ? first : unsplit.apply(name), last != null ? last : "-");
    }
}
