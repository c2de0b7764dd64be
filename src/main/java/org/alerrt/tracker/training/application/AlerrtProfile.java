package org.alerrt.tracker.training.application;

import static org.alerrt.tracker.platform.json.JsonFields.object;
import static org.alerrt.tracker.platform.json.JsonFields.string;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alerrt.tracker.training.domain.CompletionFacts;
import org.alerrt.tracker.training.domain.Delivery;

/**
 * The ALERRT xAPI profile (docs/xapi-profile.md): what a statement may say about delivery, instructors, blocks,
 * 3312 modules and a Train-the-Trainer's user portion. Read leniently: the statement is already stored (an LRS takes
 * any valid xAPI), so a value that breaks the profile is not refused but reported as a problem, which holds the
 * credit for an administrator rather than guessing.
 */
public final class AlerrtProfile {

    public static final String IRI = "https://alerrt.org/xapi/profile";
    public static final String DELIVERY = IRI + "/extensions/delivery";
    public static final String BLOCK_START = IRI + "/extensions/block-start";
    public static final String MODULE_HOURS = IRI + "/extensions/module-hours";
    public static final String MODULE_DESCRIPTION = IRI + "/extensions/module-description";
    /** Result extension on a {@code failed} Train-the-Trainer statement: "passed" when only the teach-back failed. */
    public static final String USER_PORTION = IRI + "/extensions/user-portion";

    /** What the statement says, raw: the training context checks it against the course and settings. */
    public record Data(
            String delivery,
            List<String> instructorPids,
            LocalDate blockStart,
            Integer moduleHours,
            String moduleDescription,
            boolean userPortionPassed,
            List<String> problems) {

        public Data {
            instructorPids = List.copyOf(instructorPids);
            problems = List.copyOf(problems);
        }

        /** The facts for a course whose default delivery is {@code fallback}, plus problems found while mapping. */
        public CompletionFacts facts(Delivery fallback, List<String> moreProblems) {
            Delivery d = fallback;
            if (delivery != null) {
                try {
                    d = Delivery.valueOf(delivery.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    moreProblems.add("context extension " + DELIVERY + " must be ONLINE, DIRECT or INDIRECT, got '"
                            + delivery + "'");
                }
            }
            return new CompletionFacts(d, instructorPids, blockStart, moduleHours, moduleDescription);
        }
    }

    private AlerrtProfile() {}

    /**
     * @param instructorHomePage the account homePage that marks an instructor's account name as a TCOLE PID
     */
    public static Data read(JsonObject statement, String instructorHomePage) {
        List<String> problems = new ArrayList<>();
        JsonObject context = object(statement, "context");
        JsonObject extensions = object(context, "extensions");
        JsonObject resultExtensions = object(object(statement, "result"), "extensions");

        String delivery = text(extensions, DELIVERY, problems);
        LocalDate blockStart = null;
        String start = text(extensions, BLOCK_START, problems);
        if (start != null) {
            try {
                blockStart = LocalDate.parse(start);
            } catch (DateTimeParseException e) {
                problems.add("context extension " + BLOCK_START + " must be a date YYYY-MM-DD, got '" + start + "'");
            }
        }
        Integer moduleHours = null;
        JsonValue hours = extensions == null ? null : extensions.get(MODULE_HOURS);
        if (hours != null) {
            if (hours instanceof JsonNumber n
                    && n.isIntegral()
                    && n.bigIntegerValue().bitLength() < 16
                    && n.intValue() >= CompletionFacts.MIN_MODULE_HOURS
                    && n.intValue() <= CompletionFacts.MAX_MODULE_HOURS) {
                moduleHours = n.intValue();
            } else {
                problems.add("context extension " + MODULE_HOURS + " must be a whole number of hours from "
                        + CompletionFacts.MIN_MODULE_HOURS + " to " + CompletionFacts.MAX_MODULE_HOURS + ", got "
                        + hours);
            }
        }
        String description = text(extensions, MODULE_DESCRIPTION, problems);
        if (description != null && description.strip().length() > CompletionFacts.MAX_MODULE_DESCRIPTION) {
            problems.add("context extension " + MODULE_DESCRIPTION + " is longer than "
                    + CompletionFacts.MAX_MODULE_DESCRIPTION + " characters");
            description = null;
        }
        String portion = text(resultExtensions, USER_PORTION, problems);
        return new Data(
                delivery == null ? null : delivery.strip(),
                instructors(context, instructorHomePage, problems),
                blockStart,
                moduleHours,
                description,
                "passed".equalsIgnoreCase(portion == null ? "" : portion.strip()),
                problems);
    }

    /** {@code context.instructor}: an Agent, or a Group of Agents, each with an account on the TCOLE PID home page. */
    private static List<String> instructors(JsonObject context, String homePage, List<String> problems) {
        JsonObject instructor = object(context, "instructor");
        if (instructor == null) {
            return List.of();
        }
        List<JsonObject> agents = new ArrayList<>();
        if ("Group".equals(string(instructor, "objectType"))) {
            if (instructor.get("member") instanceof JsonArray members) {
                members.stream()
                        .filter(JsonObject.class::isInstance)
                        .map(JsonObject.class::cast)
                        .forEach(agents::add);
            }
        } else {
            agents.add(instructor);
        }
        List<String> pids = new ArrayList<>();
        for (JsonObject agent : agents) {
            pidOf(agent, homePage)
                    .ifPresentOrElse(
                            pids::add,
                            () -> problems.add("context.instructor " + describe(agent)
                                    + " has no account with homePage " + homePage + " naming a TCOLE PID"));
        }
        return pids;
    }

    private static Optional<String> pidOf(JsonObject agent, String homePage) {
        JsonObject account = object(agent, "account");
        String name = string(account, "name");
        if (account == null || name == null || !homePage.equals(string(account, "homePage"))) {
            return Optional.empty();
        }
        return Optional.of(name.strip());
    }

    private static String describe(JsonObject agent) {
        String name = string(agent, "name");
        return name != null ? "'" + name + "'" : "(unnamed)";
    }

    private static String text(JsonObject extensions, String key, List<String> problems) {
        JsonValue v = extensions == null ? null : extensions.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        problems.add("extension " + key + " must be a string, got " + v.getValueType());
        return null;
    }
}
