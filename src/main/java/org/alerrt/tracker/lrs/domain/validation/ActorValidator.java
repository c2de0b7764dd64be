package org.alerrt.tracker.lrs.domain.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Agents and Groups, with exactly one Inverse Functional Identifier (xAPI Data §2.4.2). */
public final class ActorValidator {

    private static final Json.Keys AGENT_KEYS =
            Json.keys("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Json.Keys GROUP_KEYS =
            Json.keys("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "member");
    private static final Json.Keys ACCOUNT_KEYS = Json.keys("homePage", "name");

    private ActorValidator() {}

    /** An Agent or Group, the objectType deciding (absent = Agent). */
    public static void actor(JsonValue value, String path) {
        JsonObject o = Json.object(value, path);
        String type = o.containsKey("objectType") ? Json.string(o.get("objectType"), path, "objectType") : "Agent";
        switch (type) {
            case "Agent" -> agent(o, path);
            case "Group" -> group(o, path);
            default ->
                throw new XapiValidationException(
                        path + ".objectType", "must be 'Agent' or 'Group' (xAPI Data §2.4.2)");
        }
    }

    /** §2.4.2.1: an Agent has exactly one IFI. */
    public static void agent(JsonValue value, String path) {
        JsonObject o = Json.object(value, path);
        Json.allowOnly(o, path, AGENT_KEYS, "§2.4.2.1");
        if (o.containsKey("objectType") && !"Agent".equals(Json.string(o.get("objectType"), path, "objectType"))) {
            throw new XapiValidationException(path + ".objectType", "must be 'Agent' (xAPI Data §2.4.2.1)");
        }
        if (o.containsKey("name")) {
            Json.string(o.get("name"), path, "name");
        }
        if (ifiCount(o, path) != 1) {
            throw new XapiValidationException(
                    path, "an Agent must have exactly one of mbox, mbox_sha1sum, openid, account (xAPI Data §2.4.2.3)");
        }
    }

    /** §2.4.2.2: anonymous Groups list members; identified Groups have one IFI; members are Agents only. */
    public static void group(JsonValue value, String path) {
        JsonObject o = Json.object(value, path);
        Json.allowOnly(o, path, GROUP_KEYS, "§2.4.2.2");
        if (!"Group".equals(Json.string(Json.required(o, "objectType", path, "§2.4.2.2"), path, "objectType"))) {
            throw new XapiValidationException(path + ".objectType", "must be 'Group' (xAPI Data §2.4.2.2)");
        }
        if (o.containsKey("name")) {
            Json.string(o.get("name"), path, "name");
        }
        int ifis = ifiCount(o, path);
        if (ifis > 1) {
            throw new XapiValidationException(
                    path, "a Group must not have more than one Inverse Functional Identifier (xAPI Data §2.4.2.2.s5)");
        }
        if (ifis == 0 && !o.containsKey("member")) {
            throw new XapiValidationException(
                    path + ".member", "an anonymous Group must list its members (xAPI Data §2.4.2.2.s4)");
        }
        if (o.containsKey("member")) {
            var members = Json.array(o.get("member"), path + ".member");
            for (int i = 0; i < members.size(); i++) {
                agent(members.get(i), path + ".member[" + i + "]");
            }
        }
    }

    private static int ifiCount(JsonObject o, String path) {
        int count = 0;
        if (o.containsKey("mbox")) {
            count++;
            String mbox = Json.string(o.get("mbox"), path, "mbox");
            if (!Formats.isMailto(mbox)) {
                throw new XapiValidationException(
                        path + ".mbox", "must be a 'mailto:' IRI with an email address (xAPI Data §2.4.2.3)");
            }
            Lengths.mbox(mbox, path);
        }
        if (o.containsKey("mbox_sha1sum")) {
            count++;
            if (!Formats.isSha1(Json.string(o.get("mbox_sha1sum"), path, "mbox_sha1sum"))) {
                throw new XapiValidationException(
                        path + ".mbox_sha1sum", "must be the hex SHA-1 of a mailto IRI (xAPI Data §2.4.2.3)");
            }
        }
        if (o.containsKey("openid")) {
            count++;
            Lengths.openid(CommonValidators.iri(o.get("openid"), path, "openid", "§2.4.2.3"), path);
        }
        if (o.containsKey("account")) {
            count++;
            String accountPath = path + ".account";
            JsonObject account = Json.object(o.get("account"), accountPath);
            Json.allowOnly(account, accountPath, ACCOUNT_KEYS, "§2.4.2.4");
            String homePage = CommonValidators.iri(
                    Json.required(account, "homePage", accountPath, "§2.4.2.4"), accountPath, "homePage", "§2.4.2.4");
            String name = Json.string(Json.required(account, "name", accountPath, "§2.4.2.4"), accountPath, "name");
            Lengths.account(homePage, name, accountPath);
        }
        return count;
    }
}
