package org.alerrt.tracker.lrs.domain.validation;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.regex.Pattern;

/**
 * Validates a statement as received from a client against xAPI 1.0.3 Data §2.2–2.4 (and the 2.0.0 additions
 * {@code contextAgents} / {@code contextGroups}). The first broken rule is reported with its property path.
 */
public final class StatementValidator {

    private static final Json.Keys STATEMENT_KEYS = Json.keys(
            "id",
            "actor",
            "verb",
            "object",
            "result",
            "context",
            "timestamp",
            "stored",
            "authority",
            "version",
            "attachments",
            "objectType");
    private static final Json.Keys SUB_STATEMENT_KEYS =
            Json.keys("objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments");
    private static final Json.Keys VERB_KEYS = Json.keys("id", "display");
    private static final Json.Keys STATEMENT_REF_KEYS = Json.keys("objectType", "id");
    private static final Json.Keys RESULT_KEYS =
            Json.keys("score", "success", "completion", "response", "duration", "extensions");
    private static final Json.Keys SCORE_KEYS = Json.keys("scaled", "raw", "min", "max");
    private static final Json.Keys CONTEXT_KEYS_1 = Json.keys(
            "registration",
            "instructor",
            "team",
            "contextActivities",
            "revision",
            "platform",
            "language",
            "statement",
            "extensions");
    /** xAPI 2.0.0 adds contextAgents and contextGroups. */
    private static final Json.Keys CONTEXT_KEYS_2 = CONTEXT_KEYS_1.plus("contextAgents", "contextGroups");

    private static final Json.Keys CONTEXT_AGENT_KEYS = Json.keys("objectType", "agent", "relevantTypes");
    private static final Json.Keys CONTEXT_GROUP_KEYS = Json.keys("objectType", "group", "relevantTypes");
    private static final Json.Keys CONTEXT_ACTIVITY_KEYS = Json.keys("parent", "grouping", "category", "other");
    private static final Json.Keys ATTACHMENT_KEYS =
            Json.keys("usageType", "display", "description", "contentType", "length", "sha2", "fileUrl");
    /** §2.4.10: 1.0.x or 2.0.x. */
    private static final Pattern VERSION = Pattern.compile("^(1\\.0(\\.\\d+)?|2\\.0(\\.\\d+)?)$");

    private final boolean version2;

    private StatementValidator(boolean version2) {
        this.version2 = version2;
    }

    /** @param version2 whether the request declared xAPI 2.0.0 (adds contextAgents / contextGroups) */
    public static void validate(JsonValue statement, boolean version2) {
        new StatementValidator(version2).statement(statement, "statement");
    }

    private void statement(JsonValue value, String path) {
        JsonObject s = Json.object(value, path);
        Json.allowOnly(s, path, STATEMENT_KEYS, "§2.4");
        if (s.containsKey("objectType")) {
            throw new XapiValidationException(
                    path + ".objectType", "a statement has no objectType of its own (xAPI Data §2.4)");
        }
        if (s.containsKey("id")) {
            CommonValidators.uuid(s.get("id"), path, "id", "§2.4.1");
        }
        JsonObject object = actorVerbObjectResultContextTimestamp(s, path, "§2.2.s2.b3", false);
        if (s.containsKey("stored")) {
            timestamp(s.get("stored"), path, "stored");
        }
        if (s.containsKey("authority")) {
            authority(s.get("authority"), path + ".authority");
        }
        if (s.containsKey("version")) {
            String version = Json.string(s.get("version"), path, "version");
            if (!VERSION.matcher(version).matches()) {
                throw new XapiValidationException(
                        path + ".version", "must be a 1.0.x or 2.0.x version (xAPI Data §2.4.10)");
            }
        }
        if (s.containsKey("attachments")) {
            attachments(s.get("attachments"), path + ".attachments");
        }
        if ("http://adlnet.gov/expapi/verbs/voided"
                        .equals(s.getJsonObject("verb").getString("id"))
                && !"StatementRef".equals(object.getString("objectType", ""))) {
            throw new XapiValidationException(
                    path + ".object", "a voiding statement's object must be a StatementRef (xAPI Data §2.3.2)");
        }
    }

    /** §2.4.3 Verb: an IRI id and an optional display language map. */
    private void verb(JsonValue value, String path) {
        JsonObject v = Json.object(value, path);
        Json.allowOnly(v, path, VERB_KEYS, "§2.4.3");
        CommonValidators.indexedIriId(v, path, "§2.4.3", Lengths.VERB_ID);
        if (v.containsKey("display")) {
            CommonValidators.languageMap(v.get("display"), path + ".display");
        }
    }

    /** §2.4.4 Object: Activity (default), Agent, Group, StatementRef or, at the top level only, SubStatement. */
    private void object(JsonObject o, String path, boolean insideSubStatement) {
        String type = o.containsKey("objectType") ? Json.string(o.get("objectType"), path, "objectType") : "Activity";
        switch (type) {
            case "Activity" -> ActivityValidator.activity(o, path);
            case "Agent" -> ActorValidator.agent(o, path);
            case "Group" -> ActorValidator.group(o, path);
            case "StatementRef" -> statementRef(o, path);
            case "SubStatement" -> {
                if (insideSubStatement) {
                    throw new XapiValidationException(
                            path, "a SubStatement must not contain a SubStatement (xAPI Data §2.4.4.3)");
                }
                subStatement(o, path);
            }
            default ->
                throw new XapiValidationException(
                        path + ".objectType",
                        "must be Activity, Agent, Group, StatementRef or SubStatement (xAPI Data §2.4.4)");
        }
    }

    private void statementRef(JsonObject o, String path) {
        Json.allowOnly(o, path, STATEMENT_REF_KEYS, "§2.4.4.3");
        CommonValidators.uuid(Json.required(o, "id", path, "§2.4.4.3"), path, "id", "§2.4.4.3");
    }

    /** §2.4.4.3 SubStatement: no id, stored, version or authority. */
    private void subStatement(JsonObject s, String path) {
        Json.allowOnly(s, path, SUB_STATEMENT_KEYS, "§2.4.4.3");
        actorVerbObjectResultContextTimestamp(s, path, "§2.4.4.3", true);
        if (s.containsKey("attachments")) {
            attachments(s.get("attachments"), path + ".attachments");
        }
    }

    /**
     * The properties a statement and a SubStatement share, checked in this order.
     *
     * @param requiredSection the section that makes actor, verb and object required, cited when one is missing
     * @return the object, which the caller may check further
     */
    private JsonObject actorVerbObjectResultContextTimestamp(
            JsonObject s, String path, String requiredSection, boolean insideSubStatement) {
        ActorValidator.actor(Json.required(s, "actor", path, requiredSection), path + ".actor");
        verb(Json.required(s, "verb", path, requiredSection), path + ".verb");
        String objectPath = path + ".object";
        JsonObject object = Json.object(Json.required(s, "object", path, requiredSection), objectPath);
        object(object, objectPath, insideSubStatement);
        if (s.containsKey("result")) {
            result(s.get("result"), path + ".result");
        }
        if (s.containsKey("context")) {
            context(s.get("context"), object, path + ".context");
        }
        if (s.containsKey("timestamp")) {
            timestamp(s.get("timestamp"), path, "timestamp");
        }
        return object;
    }

    /** §2.4.5 Result and §2.4.5.1 Score. */
    private void result(JsonValue value, String path) {
        JsonObject r = Json.object(value, path);
        Json.allowOnly(r, path, RESULT_KEYS, "§2.4.5");
        if (r.containsKey("score")) {
            String scorePath = path + ".score";
            JsonObject score = Json.object(r.get("score"), scorePath);
            Json.allowOnly(score, scorePath, SCORE_KEYS, "§2.4.5.1");
            if (score.containsKey("scaled")) {
                double scaled = Json.number(score.get("scaled"), path, "score.scaled");
                if (scaled < -1 || scaled > 1) {
                    throw new XapiValidationException(
                            path + ".score.scaled", "must be between -1 and 1 (xAPI Data §2.4.5.1)");
                }
            }
            Double min = score.containsKey("min") ? Json.number(score.get("min"), path, "score.min") : null;
            Double max = score.containsKey("max") ? Json.number(score.get("max"), path, "score.max") : null;
            Double raw = score.containsKey("raw") ? Json.number(score.get("raw"), path, "score.raw") : null;
            if (min != null && max != null && min >= max) {
                throw new XapiValidationException(path + ".score.min", "must be less than max (xAPI Data §2.4.5.1)");
            }
            if (raw != null && ((min != null && raw < min) || (max != null && raw > max))) {
                throw new XapiValidationException(
                        path + ".score.raw", "must be between min and max (xAPI Data §2.4.5.1)");
            }
        }
        if (r.containsKey("success")) {
            Json.bool(r.get("success"), path, "success");
        }
        if (r.containsKey("completion")) {
            Json.bool(r.get("completion"), path, "completion");
        }
        if (r.containsKey("response")) {
            Json.string(r.get("response"), path, "response");
        }
        if (r.containsKey("duration") && !Formats.isDuration(Json.string(r.get("duration"), path, "duration"))) {
            throw new XapiValidationException(path + ".duration", "must be an ISO 8601 duration (xAPI Data §4.6)");
        }
        if (r.containsKey("extensions")) {
            CommonValidators.extensions(r.get("extensions"), path + ".extensions");
        }
    }

    /** §2.4.6 Context (2.0.0 adds contextAgents and contextGroups). */
    private void context(JsonValue value, JsonObject object, String path) {
        JsonObject c = Json.object(value, path);
        Json.allowOnly(c, path, version2 ? CONTEXT_KEYS_2 : CONTEXT_KEYS_1, "§2.4.6");
        if (c.containsKey("registration")) {
            CommonValidators.uuid(c.get("registration"), path, "registration", "§2.4.6");
        }
        if (c.containsKey("instructor")) {
            ActorValidator.actor(c.get("instructor"), path + ".instructor");
        }
        if (c.containsKey("team")) {
            ActorValidator.group(c.get("team"), path + ".team");
        }
        if (c.containsKey("contextActivities")) {
            String caPath = path + ".contextActivities";
            JsonObject ca = Json.object(c.get("contextActivities"), caPath);
            Json.allowOnly(ca, caPath, CONTEXT_ACTIVITY_KEYS, "§2.4.6.2");
            for (var e : ca.entrySet()) {
                String p = caPath + "." + e.getKey();
                if (e.getValue().getValueType() == JsonValue.ValueType.ARRAY) {
                    var list = e.getValue().asJsonArray();
                    for (int i = 0; i < list.size(); i++) {
                        ActivityValidator.activity(list.get(i), p + "[" + i + "]");
                    }
                } else {
                    ActivityValidator.activity(e.getValue(), p);
                }
            }
        }
        String objectType = object.getString("objectType", "Activity");
        if (c.containsKey("revision")) {
            Json.string(c.get("revision"), path, "revision");
            requireActivityObject(objectType, path, "revision");
        }
        if (c.containsKey("platform")) {
            Json.string(c.get("platform"), path, "platform");
            requireActivityObject(objectType, path, "platform");
        }
        if (c.containsKey("language") && !Formats.isLanguageTag(Json.string(c.get("language"), path, "language"))) {
            throw new XapiValidationException(
                    path + ".language", "must be an RFC 5646 language tag (xAPI Data §2.4.6)");
        }
        if (c.containsKey("statement")) {
            JsonObject ref = Json.object(c.get("statement"), path + ".statement");
            if (!"StatementRef"
                    .equals(Json.string(
                            Json.required(ref, "objectType", path + ".statement", "§2.4.6"),
                            path,
                            "statement.objectType"))) {
                throw new XapiValidationException(
                        path + ".statement.objectType", "must be 'StatementRef' (xAPI Data §2.4.6)");
            }
            statementRef(ref, path + ".statement");
        }
        if (c.containsKey("extensions")) {
            CommonValidators.extensions(c.get("extensions"), path + ".extensions");
        }
        if (c.containsKey("contextAgents")) {
            var list = Json.array(c.get("contextAgents"), path + ".contextAgents");
            for (int i = 0; i < list.size(); i++) {
                contextActor(list.get(i), path + ".contextAgents[" + i + "]", "agent", false);
            }
        }
        if (c.containsKey("contextGroups")) {
            var list = Json.array(c.get("contextGroups"), path + ".contextGroups");
            for (int i = 0; i < list.size(); i++) {
                contextActor(list.get(i), path + ".contextGroups[" + i + "]", "group", true);
            }
        }
    }

    /** xAPI 2.0.0 §2.4.6: contextAgents / contextGroups entries with an optional relevantTypes IRI list. */
    private void contextActor(JsonValue value, String path, String key, boolean group) {
        JsonObject o = Json.object(value, path);
        Json.allowOnly(o, path, group ? CONTEXT_GROUP_KEYS : CONTEXT_AGENT_KEYS, "2.0.0 §2.4.6");
        String expected = group ? "contextGroup" : "contextAgent";
        if (!expected.equals(Json.string(Json.required(o, "objectType", path, "2.0.0 §2.4.6"), path, "objectType"))) {
            throw new XapiValidationException(path + ".objectType", "must be '" + expected + "' (xAPI 2.0.0)");
        }
        if (group) {
            ActorValidator.group(Json.required(o, key, path, "2.0.0 §2.4.6"), path + "." + key);
        } else {
            ActorValidator.agent(Json.required(o, key, path, "2.0.0 §2.4.6"), path + "." + key);
        }
        if (o.containsKey("relevantTypes")) {
            var types = Json.array(o.get("relevantTypes"), path + ".relevantTypes");
            if (types.isEmpty()) {
                throw new XapiValidationException(path + ".relevantTypes", "must not be empty (xAPI 2.0.0)");
            }
            for (int i = 0; i < types.size(); i++) {
                CommonValidators.iri(types.get(i), path + ".relevantTypes[" + i + "]", "2.0.0 §2.4.6");
            }
        }
    }

    private static void requireActivityObject(String objectType, String parent, String key) {
        if (!"Activity".equals(objectType)) {
            throw new XapiValidationException(
                    parent + "." + key, "is only allowed when the object is an Activity (xAPI Data §2.4.6.s4)");
        }
    }

    private static void timestamp(JsonValue value, String parent, String key) {
        if (Formats.parseTimestamp(Json.string(value, parent, key)) == null) {
            throw new XapiValidationException(
                    parent + "." + key,
                    "must be an ISO 8601 timestamp with a time zone other than -00:00 (xAPI Data §4.5)");
        }
    }

    /** §2.4.9 Authority: an Agent, or a two-member anonymous Group for OAuth. */
    private static void authority(JsonValue value, String path) {
        JsonObject a = Json.object(value, path);
        if ("Group".equals(a.getString("objectType", "Agent"))) {
            ActorValidator.group(a, path);
            if (a.containsKey("mbox")
                    || a.containsKey("account")
                    || a.containsKey("openid")
                    || a.containsKey("mbox_sha1sum")
                    || a.getJsonArray("member").size() != 2) {
                throw new XapiValidationException(
                        path, "a Group authority must be anonymous with exactly two members (xAPI Data §2.4.9)");
            }
        } else {
            ActorValidator.agent(a, path);
        }
    }

    /** §2.4.11 Attachments. */
    private static void attachments(JsonValue value, String path) {
        var list = Json.array(value, path);
        for (int i = 0; i < list.size(); i++) {
            String p = path + "[" + i + "]";
            JsonObject a = Json.object(list.get(i), p);
            Json.allowOnly(a, p, ATTACHMENT_KEYS, "§2.4.11");
            CommonValidators.iri(Json.required(a, "usageType", p, "§2.4.11"), p, "usageType", "§2.4.11");
            CommonValidators.languageMap(Json.required(a, "display", p, "§2.4.11"), p + ".display");
            if (a.containsKey("description")) {
                CommonValidators.languageMap(a.get("description"), p + ".description");
            }
            Json.string(Json.required(a, "contentType", p, "§2.4.11"), p, "contentType");
            JsonValue length = Json.required(a, "length", p, "§2.4.11");
            if (length.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) length).isIntegral()) {
                throw new XapiValidationException(p + ".length", "must be an integer (xAPI Data §2.4.11)");
            }
            Json.string(Json.required(a, "sha2", p, "§2.4.11"), p, "sha2");
            if (a.containsKey("fileUrl")) {
                CommonValidators.iri(a.get("fileUrl"), p, "fileUrl", "§2.4.11");
            }
        }
    }
}
