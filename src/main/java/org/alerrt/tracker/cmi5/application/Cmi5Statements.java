package org.alerrt.tracker.cmi5.application;

import static org.alerrt.tracker.cmi5.domain.Cmi5Vocabulary.*;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.alerrt.tracker.cmi5.api.LaunchMode;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * The JSON the LMS writes: the {@code LMS.LaunchData} state document (§10) and its own statements, "launched"
 * (§9.3.1), "abandoned" (§9.3.6), "waived" (§9.3.7) and "satisfied" (§9.3.9). Every LMS statement carries the
 * registration, the session id (§9.6.3.1), the cmi5 category (§9.6.2.1) and the publisher id in
 * contextActivities.grouping (§9.6.2.3).
 */
public final class Cmi5Statements {

    private Cmi5Statements() {}

    /** What one launch is about. {@code actor} is the registration's Agent. */
    public record Launch(
            JsonObject actor,
            String registration,
            String sessionId,
            AssignableUnit au,
            String auActivityId,
            LaunchMode mode,
            String launchUrl,
            String returnUrl) {}

    /**
     * §10.2: contextTemplate (session id extension and publisher id grouping, §10.2.1), launchMode, moveOn, and
     * launchParameters, masteryScore, returnURL and entitlementKey when there are any. The template holds no cmi5
     * category: the AU copies it into every statement, also "cmi5 allowed" ones, which must not carry it (§7.1.3).
     */
    public static JsonObject launchData(Launch l) {
        JsonObjectBuilder doc = CachedJson.objectBuilder()
                .add(
                        "contextTemplate",
                        CachedJson.objectBuilder()
                                .add(
                                        "contextActivities",
                                        CachedJson.objectBuilder()
                                                .add(
                                                        "grouping",
                                                        CachedJson.arrayBuilder()
                                                                .add(activity(l.au().id()))))
                                .add("extensions", CachedJson.objectBuilder().add(EXT_SESSION_ID, l.sessionId())))
                .add("launchMode", l.mode().name())
                .add("moveOn", l.au().moveOn().name());
        if (l.au().launchParameters() != null) {
            doc.add("launchParameters", l.au().launchParameters());
        }
        if (l.au().masteryScore() != null) {
            doc.add("masteryScore", l.au().masteryScore());
        }
        if (l.returnUrl() != null) {
            doc.add("returnURL", l.returnUrl());
        }
        if (l.au().entitlementKey() != null) {
            doc.add("entitlementKey", CachedJson.objectBuilder().add("courseStructure", l.au().entitlementKey()));
        }
        return doc.build();
    }

    /** §9.3.1, with the launchMode, launchURL, moveOn, launchParameters and masteryScore extensions (§9.6.3). */
    public static JsonObject launched(String id, Launch l, OffsetDateTime now) {
        JsonObjectBuilder ext = CachedJson.objectBuilder()
                .add(EXT_SESSION_ID, l.sessionId())
                .add(EXT_LAUNCH_MODE, l.mode().name())
                .add(EXT_LAUNCH_URL, l.launchUrl())
                .add(EXT_MOVE_ON, l.au().moveOn().name());
        if (l.au().launchParameters() != null) {
            ext.add(EXT_LAUNCH_PARAMETERS, l.au().launchParameters());
        }
        if (l.au().masteryScore() != null) {
            ext.add(EXT_MASTERY_SCORE, l.au().masteryScore());
        }
        return statement(
                id,
                l.actor(),
                LAUNCHED,
                "launched",
                activity(l.auActivityId()),
                null,
                context(l.registration(), l.au().id(), false, ext),
                now);
    }

    /** §9.3.6: the duration is the session time so far (§9.5.4.2). */
    public static JsonObject abandoned(
            String id,
            JsonObject actor,
            String registration,
            String sessionId,
            String publisherAuId,
            String auActivityId,
            Duration duration,
            OffsetDateTime now) {
        return statement(
                id,
                actor,
                ABANDONED,
                "abandoned",
                activity(auActivityId),
                CachedJson.objectBuilder()
                        .add("duration", duration.isNegative() ? "PT0S" : duration.toString())
                        .build(),
                context(registration, publisherAuId, false, sessionExtension(sessionId)),
                now);
    }

    /** §9.3.7: success and completion true (§9.5.2, §9.5.3) with the reason extension (§9.5.5.2). */
    public static JsonObject waived(
            String id,
            JsonObject actor,
            String registration,
            String sessionId,
            String publisherAuId,
            String auActivityId,
            String reason,
            OffsetDateTime now) {
        return statement(
                id,
                actor,
                WAIVED,
                "waived",
                activity(auActivityId),
                CachedJson.objectBuilder()
                        .add("success", true)
                        .add("completion", true)
                        .add("extensions", CachedJson.objectBuilder().add(EXT_REASON, reason))
                        .build(),
                context(registration, publisherAuId, true, sessionExtension(sessionId)),
                now);
    }

    /**
     * §9.3.9: the object is the LMS's block or course object (§9.4, typed block or course), the publisher id goes
     * in grouping.
     */
    public static JsonObject satisfied(
            String id,
            JsonObject actor,
            String registration,
            String sessionId,
            String publisherId,
            String lmsActivityId,
            boolean course,
            OffsetDateTime now) {
        JsonObject object = CachedJson.objectBuilder()
                .add("objectType", "Activity")
                .add("id", lmsActivityId)
                .add("definition", CachedJson.objectBuilder().add("type", course ? TYPE_COURSE : TYPE_BLOCK))
                .build();
        return statement(
                id,
                actor,
                SATISFIED,
                "satisfied",
                object,
                null,
                context(registration, publisherId, false, sessionExtension(sessionId)),
                now);
    }

    private static JsonObjectBuilder sessionExtension(String sessionId) {
        return CachedJson.objectBuilder().add(EXT_SESSION_ID, sessionId);
    }

    private static JsonObject context(
            String registration, String publisherId, boolean moveOnCategory, JsonObjectBuilder extensions) {
        JsonArrayBuilder category = CachedJson.arrayBuilder().add(activity(CATEGORY_CMI5));
        if (moveOnCategory) {
            category.add(activity(CATEGORY_MOVE_ON)); // §9.6.2.2: a result with success or completion
        }
        return CachedJson.objectBuilder()
                .add("registration", registration)
                .add(
                        "contextActivities",
                        CachedJson.objectBuilder()
                                .add("category", category)
                                .add("grouping", CachedJson.arrayBuilder().add(activity(publisherId))))
                .add("extensions", extensions)
                .build();
    }

    private static JsonObject statement(
            String id,
            JsonObject actor,
            String verb,
            String display,
            JsonObject object,
            JsonObject result,
            JsonObject context,
            OffsetDateTime now) {
        JsonObjectBuilder s = CachedJson.objectBuilder()
                .add("id", id)
                .add("actor", actor)
                .add(
                        "verb",
                        CachedJson.objectBuilder()
                                .add("id", verb)
                                .add("display", CachedJson.objectBuilder().add("en-US", display)))
                .add("object", object)
                .add("context", context)
                .add("timestamp", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now)); // UTC, §9.7
        if (result != null) {
            s.add("result", result);
        }
        return s.build();
    }

    private static JsonObject activity(String id) {
        return CachedJson.objectBuilder()
                .add("objectType", "Activity")
                .add("id", id)
                .build();
    }
}
