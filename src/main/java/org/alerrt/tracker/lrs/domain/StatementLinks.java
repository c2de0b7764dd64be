package org.alerrt.tracker.lrs.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.lrs.domain.validation.Lengths;

/**
 * What a statement refers to, for the filters of GET /statements (Communication §2.1.3): every Agent/Group IFI with
 * the property it sits in, every Activity id with its place, the StatementRef target, and the Activity definitions
 * it carries (for the canonical definitions). Group members count as the Group's usage: §2.1.3 makes a Group a
 * match when one of its members matches the agent parameter.
 */
public record StatementLinks(
        List<AgentLink> agents, List<ActivityLink> activities, String refTarget, Map<String, JsonObject> definitions) {

    /** Usages the plain "agent" filter looks at; related_agents=true looks at all. */
    public static final List<String> AGENT_USAGES = List.of("ACTOR", "OBJECT");
    /** The usage the plain "activity" filter looks at; related_activities=true looks at all. */
    public static final String ACTIVITY_OBJECT = "OBJECT";

    /** Column sizes of the link tables (V7): validation refuses longer ids, this guards what the server adds. */
    static final int MAX_IFI = Lengths.IDENTIFIER;

    static final int MAX_IRI = Lengths.ACTIVITY_ID;

    public record AgentLink(String ifi, String usage, String name) {}

    public record ActivityLink(String iri, String usage) {}

    /** @param statement a validated statement as stored (authority included) */
    public static StatementLinks of(JsonObject statement) {
        Collector c = new Collector();
        c.part(statement, "");
        if (statement.get("authority") instanceof JsonObject authority) {
            c.actor(authority, "AUTHORITY");
        }
        JsonObject object = statement.getJsonObject("object");
        String refTarget = object != null && "StatementRef".equals(object.getString("objectType", ""))
                ? object.getString("id").toLowerCase()
                : null;
        return new StatementLinks(
                new ArrayList<>(c.agents.values()), new ArrayList<>(c.activities.values()), refTarget, c.definitions);
    }

    private static final class Collector {
        final Map<String, AgentLink> agents = new LinkedHashMap<>();
        final Map<String, ActivityLink> activities = new LinkedHashMap<>();
        final Map<String, JsonObject> definitions = new LinkedHashMap<>();

        /** actor, object and context of a statement or of a SubStatement (prefix "SUB_"). */
        void part(JsonObject s, String prefix) {
            if (s.get("actor") instanceof JsonObject actor) {
                actor(actor, prefix + "ACTOR");
            }
            if (s.get("object") instanceof JsonObject object) {
                String type = object.getString("objectType", "Activity");
                switch (type) {
                    case "Agent", "Group" -> actor(object, prefix + "OBJECT");
                    case "Activity" -> activity(object, prefix + "OBJECT");
                    case "SubStatement" -> {
                        if (prefix.isEmpty()) {
                            part(object, "SUB_");
                        }
                    }
                    default -> {}
                }
            }
            if (s.get("context") instanceof JsonObject context) {
                if (context.get("instructor") instanceof JsonObject instructor) {
                    actor(instructor, prefix + "INSTRUCTOR");
                }
                if (context.get("team") instanceof JsonObject team) {
                    actor(team, prefix + "TEAM");
                }
                if (context.get("contextAgents") instanceof JsonArray list) {
                    for (JsonValue v : list) {
                        if (v instanceof JsonObject o && o.get("agent") instanceof JsonObject agent) {
                            actor(agent, prefix + "CONTEXT_AGENT");
                        }
                    }
                }
                if (context.get("contextGroups") instanceof JsonArray list) {
                    for (JsonValue v : list) {
                        if (v instanceof JsonObject o && o.get("group") instanceof JsonObject group) {
                            actor(group, prefix + "CONTEXT_GROUP");
                        }
                    }
                }
                if (context.get("contextActivities") instanceof JsonObject ca) {
                    for (String key : List.of("parent", "grouping", "category", "other")) {
                        JsonValue v = ca.get(key);
                        String usage = prefix + key.toUpperCase();
                        if (v instanceof JsonObject one) {
                            activity(one, usage);
                        } else if (v instanceof JsonArray list) {
                            for (JsonValue item : list) {
                                if (item instanceof JsonObject a) {
                                    activity(a, usage);
                                }
                            }
                        }
                    }
                }
            }
        }

        void actor(JsonObject actor, String usage) {
            ActorIdentity.of(actor).ifPresent(id -> agent(id.value(), usage, actor.getString("name", null)));
            if ("Group".equals(actor.getString("objectType", "Agent"))
                    && actor.get("member") instanceof JsonArray members) {
                for (JsonValue m : members) {
                    if (m instanceof JsonObject member) {
                        ActorIdentity.of(member)
                                .ifPresent(id -> agent(id.value(), usage, member.getString("name", null)));
                    }
                }
            }
        }

        private void agent(String ifi, String usage, String name) {
            if (ifi.length() > MAX_IFI) {
                return; // longer than the column: stored, but not findable by this identifier
            }
            String trimmed = name == null ? null : name.length() > 400 ? name.substring(0, 400) : name;
            agents.merge(
                    usage + "\n" + ifi,
                    new AgentLink(ifi, usage, trimmed),
                    (old, neu) -> old.name() != null ? old : neu);
        }

        void activity(JsonObject activity, String usage) {
            String id = activity.getString("id", null);
            if (id == null || id.length() > MAX_IRI) {
                return;
            }
            activities.putIfAbsent(usage + "\n" + id, new ActivityLink(id, usage));
            if (activity.get("definition") instanceof JsonObject definition) {
                definitions.merge(id, definition, ActivityDefinitions::merge); // as across statements
            }
        }
    }
}
