package org.alerrt.tracker.cmi5.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.alerrt.tracker.cmi5.api.LangString;
import org.alerrt.tracker.cmi5.api.LaunchMethod;
import org.alerrt.tracker.cmi5.api.LaunchMode;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.LmsActivityIds;
import org.alerrt.tracker.cmi5.domain.MoveOn;
import org.alerrt.tracker.lrs.domain.validation.StatementValidator;
import org.junit.jupiter.api.Test;

class Cmi5StatementsTest {

    private static final String SESSION_EXT = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    private static final JsonObject ACTOR = Json.createObjectBuilder()
            .add("objectType", "Agent")
            .add(
                    "account",
                    Json.createObjectBuilder().add("homePage", "https://x.org").add("name", "42"))
            .build();
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 16, 0, 0, 0, ZoneOffset.UTC);
    private static final String REG = "760e3480-ba55-4991-94b0-01820dbd23a2";

    private static AssignableUnit au(BigDecimal mastery, String params, String entitlement) {
        return new AssignableUnit(
                "https://pub.example.org/au/1",
                new LangString(Map.of("en-US", "AU")),
                LangString.empty(),
                List.of(),
                "au.html",
                LaunchMethod.AnyWindow,
                MoveOn.Passed,
                mastery,
                params,
                entitlement,
                null);
    }

    private static Cmi5Statements.Launch launch(AssignableUnit au, String returnUrl) {
        return new Cmi5Statements.Launch(
                ACTOR,
                REG,
                "s-1",
                au,
                "https://lms.example.org/cmi5/activities/au/k",
                LaunchMode.Normal,
                "https://lms.example.org/content/1/1/au.html",
                returnUrl);
    }

    /** §10.2: contextTemplate with session id and publisher id grouping; launchMode and moveOn always. */
    @Test
    void section10_launchDataWithEveryPropertyTheCourseDefines() {
        JsonObject doc = Cmi5Statements.launchData(
                launch(au(new BigDecimal("0.8"), "lvl=2", "xyz-1"), "https://lms.example.org/back"));
        JsonObject template = doc.getJsonObject("contextTemplate");
        assertEquals("s-1", template.getJsonObject("extensions").getString(SESSION_EXT));
        assertEquals(
                "https://pub.example.org/au/1",
                template.getJsonObject("contextActivities")
                        .getJsonArray("grouping")
                        .getJsonObject(0)
                        .getString("id"));
        // §7.1.3: the template is copied into "cmi5 allowed" statements too, which must not carry the category
        assertFalse(template.getJsonObject("contextActivities").containsKey("category"));
        assertEquals("Normal", doc.getString("launchMode"));
        assertEquals("Passed", doc.getString("moveOn"));
        assertEquals(0.8, doc.getJsonNumber("masteryScore").doubleValue());
        assertEquals("lvl=2", doc.getString("launchParameters"));
        assertEquals("https://lms.example.org/back", doc.getString("returnURL"));
        assertEquals("xyz-1", doc.getJsonObject("entitlementKey").getString("courseStructure"));
    }

    @Test
    void section10_optionalPropertiesOnlyWhenDefined() {
        JsonObject doc = Cmi5Statements.launchData(launch(au(null, null, null), null));
        for (String absent : List.of("masteryScore", "launchParameters", "returnURL", "entitlementKey")) {
            assertFalse(doc.containsKey(absent), absent);
        }
    }

    /** §9.3.1, §9.6: registration, cmi5 category, session id and the launched-only extensions; a valid statement. */
    @Test
    void section9_3_1_launchedStatement() {
        JsonObject s = Cmi5Statements.launched(
                "6690e6c9-3ef0-4ed3-8b37-7f3964730bee", launch(au(new BigDecimal("0.8"), "p", null), null), NOW);
        StatementValidator.validate(s, false);
        assertEquals(
                "http://adlnet.gov/expapi/verbs/launched",
                s.getJsonObject("verb").getString("id"));
        JsonObject context = s.getJsonObject("context");
        assertEquals(REG, context.getString("registration"));
        assertEquals(
                "https://w3id.org/xapi/cmi5/context/categories/cmi5",
                context.getJsonObject("contextActivities")
                        .getJsonArray("category")
                        .getJsonObject(0)
                        .getString("id"));
        JsonObject ext = context.getJsonObject("extensions");
        assertEquals("s-1", ext.getString(SESSION_EXT));
        assertEquals("Normal", ext.getString("https://w3id.org/xapi/cmi5/context/extensions/launchmode"));
        assertEquals(
                "https://lms.example.org/content/1/1/au.html",
                ext.getString("https://w3id.org/xapi/cmi5/context/extensions/launchurl"));
        assertEquals("Passed", ext.getString("https://w3id.org/xapi/cmi5/context/extensions/moveon"));
        assertEquals("p", ext.getString("https://w3id.org/xapi/cmi5/context/extensions/launchparameters"));
        assertEquals(
                0.8,
                ext.getJsonNumber("https://w3id.org/xapi/cmi5/context/extensions/masteryscore")
                        .doubleValue());
        assertEquals("2026-11-25T16:00:00Z", s.getString("timestamp"));
    }

    /** §9.3.9, §9.4: the LMS's course object, typed course, publisher id in grouping; no result. */
    @Test
    void section9_3_9_satisfiedStatementOnTheLmsCourseObject() {
        LmsActivityIds ids = new LmsActivityIds("https://lms.example.org/cmi5/activities/");
        String course = "https://pub.example.org/course";
        JsonObject s = Cmi5Statements.satisfied(
                "6690e6c9-3ef0-4ed3-8b37-7f3964730bee", ACTOR, REG, "s-1", course, ids.course(course), true, NOW);
        StatementValidator.validate(s, false);
        assertEquals(
                "https://w3id.org/xapi/adl/verbs/satisfied",
                s.getJsonObject("verb").getString("id"));
        assertEquals(ids.course(course), s.getJsonObject("object").getString("id"));
        assertNotEquals(course, ids.course(course));
        assertEquals(
                "https://w3id.org/xapi/cmi5/activitytype/course",
                s.getJsonObject("object").getJsonObject("definition").getString("type"));
        assertEquals(
                course,
                s.getJsonObject("context")
                        .getJsonObject("contextActivities")
                        .getJsonArray("grouping")
                        .getJsonObject(0)
                        .getString("id"));
        assertFalse(s.containsKey("result"));
    }

    /** §9.3.6, §9.5.4.2: abandoned carries the session time as duration. */
    @Test
    void section9_3_6_abandonedWithDuration() {
        JsonObject s = Cmi5Statements.abandoned(
                "6690e6c9-3ef0-4ed3-8b37-7f3964730bee",
                ACTOR,
                REG,
                "s-0",
                "https://pub.example.org/au/1",
                "https://lms.example.org/cmi5/activities/au/k",
                Duration.ofSeconds(95),
                NOW);
        StatementValidator.validate(s, false);
        assertEquals("PT1M35S", s.getJsonObject("result").getString("duration"));
        assertEquals(
                "s-0", s.getJsonObject("context").getJsonObject("extensions").getString(SESSION_EXT));
    }

    /** §8.1.5, §9.4: generated ids differ from the publisher's and are the same every time. */
    @Test
    void generatedIdsAreStableAndNeverThePublisherIds() {
        LmsActivityIds ids = new LmsActivityIds("https://lms.example.org/cmi5/activities/");
        String c = "https://pub.example.org/course";
        assertEquals(ids.au(c, c + "/au"), ids.au(c, c + "/au"));
        assertNotEquals(c + "/au", ids.au(c, c + "/au"));
        assertNotEquals(ids.au(c, c + "/x"), ids.block(c, c + "/x"));
        assertNotEquals(ids.au(c, c + "/au"), ids.au("https://other.example.org/course", c + "/au"));
        assertTrue(ids.course(c).startsWith("https://lms.example.org/cmi5/activities/course/"));
    }
}
