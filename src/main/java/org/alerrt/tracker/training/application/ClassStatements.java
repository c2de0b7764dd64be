package org.alerrt.tracker.training.application;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.training.domain.ClassAttendee;
import org.alerrt.tracker.training.domain.CompletionRule;
import org.alerrt.tracker.training.domain.Outcome;
import org.alerrt.tracker.training.domain.TrainingClass;

/**
 * An attendee's class result as an xAPI statement in the ALERRT profile (docs/xapi-profile.md), so that a class is
 * decided exactly like a course's own statements: one registration per class and officer, the timestamp on the last
 * block day, the first block day, delivery, instructors and module facts as extensions.
 */
final class ClassStatements {

    /** The end of a class day in the tracker's zone: the timestamp's calendar day is the completion date. */
    private static final LocalTime END_OF_CLASS = LocalTime.of(17, 0);

    private ClassStatements() {}

    /** The registration of one officer's result in one class: the same on every call, so re-sending is harmless. */
    static String registration(TrainingClass c, long learnerId) {
        return UUID.nameUUIDFromBytes(
                        ("alerrt-class " + c.reference() + " " + learnerId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static JsonObject of(
            TrainingClass c,
            ClassAttendee attendee,
            ActorIdentity actor,
            String activityIri,
            String instructorHomePage,
            ZoneId zone) {
        JsonObjectBuilder extensions = CachedJson.objectBuilder()
                .add(AlerrtProfile.DELIVERY, c.delivery().name());
        if (c.blockDays().size() > 1) {
            extensions.add(AlerrtProfile.BLOCK_START, c.firstDay().toString());
        }
        if (c.hours() != null) {
            extensions.add(AlerrtProfile.MODULE_HOURS, c.hours());
        }
        if (c.moduleDescription() != null) {
            extensions.add(AlerrtProfile.MODULE_DESCRIPTION, c.moduleDescription());
        }
        JsonObjectBuilder context = CachedJson.objectBuilder()
                .add("registration", registration(c, attendee.learnerId()))
                .add("extensions", extensions);
        if (!c.instructorPids().isEmpty()) {
            context.add("instructor", instructors(c, instructorHomePage));
        }
        boolean success = attendee.outcome() == Outcome.PASSED;
        JsonObjectBuilder result =
                CachedJson.objectBuilder().add("success", success).add("completion", true);
        if (attendee.outcome() == Outcome.PARTIAL) {
            result.add("extensions", CachedJson.objectBuilder().add(AlerrtProfile.USER_PORTION, "passed"));
        }
        String verb = success ? CompletionRule.VERB_PASSED : CompletionRule.VERB_FAILED;
        return CachedJson.objectBuilder()
                .add("id", attendee.statementId())
                .add("actor", agent(actor))
                .add(
                        "verb",
                        CachedJson.objectBuilder()
                                .add("id", verb)
                                .add("display", CachedJson.objectBuilder().add("en-US", success ? "passed" : "failed")))
                .add(
                        "object",
                        CachedJson.objectBuilder().add("objectType", "Activity").add("id", activityIri))
                .add("result", result)
                .add("context", context)
                .add(
                        "timestamp",
                        c.lastDay().atTime(END_OF_CLASS).atZone(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .build();
    }

    private static JsonObject instructors(TrainingClass c, String homePage) {
        if (c.instructorPids().size() == 1) {
            return instructor(c.instructorPids().get(0), homePage);
        }
        JsonArrayBuilder members = CachedJson.arrayBuilder();
        c.instructorPids().forEach(pid -> members.add(instructor(pid, homePage)));
        return CachedJson.objectBuilder()
                .add("objectType", "Group")
                .add("member", members)
                .build();
    }

    private static JsonObject instructor(String pid, String homePage) {
        return CachedJson.objectBuilder()
                .add("objectType", "Agent")
                .add(
                        "account",
                        CachedJson.objectBuilder().add("homePage", homePage).add("name", pid))
                .build();
    }

    /** The Agent of a learner's identifier ({@link ActorIdentity}'s forms). */
    static JsonObject agent(ActorIdentity actor) {
        String v = actor.value();
        int colon = v.indexOf(':');
        String kind = v.substring(0, colon);
        String rest = v.substring(colon + 1);
        JsonObjectBuilder agent = CachedJson.objectBuilder().add("objectType", "Agent");
        if ("account".equals(kind)) {
            int space = rest.indexOf(' ');
            return agent.add(
                            "account",
                            CachedJson.objectBuilder()
                                    .add("homePage", rest.substring(0, space))
                                    .add("name", rest.substring(space + 1)))
                    .build();
        }
        return agent.add(kind, rest).build();
    }
}
