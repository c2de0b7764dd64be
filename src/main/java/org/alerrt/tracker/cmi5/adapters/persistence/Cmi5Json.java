package org.alerrt.tracker.cmi5.adapters.persistence;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.alerrt.tracker.cmi5.api.LangString;
import org.alerrt.tracker.cmi5.domain.Objective;
import org.alerrt.tracker.platform.json.CachedJson;

/** How langstrings, objective references and objectives are kept in their columns: small JSON documents. */
public final class Cmi5Json {

    private Cmi5Json() {}

    static String langString(LangString s) {
        return s.toJson().toString();
    }

    static LangString langString(String json) {
        return LangString.fromJson(json);
    }

    static String refs(List<String> refs) {
        if (refs.isEmpty()) {
            return null;
        }
        JsonArrayBuilder b = CachedJson.arrayBuilder();
        refs.forEach(b::add);
        return b.build().toString();
    }

    static List<String> refs(String json) {
        if (json == null) {
            return List.of();
        }
        return read(json).asJsonArray().getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    static String objectives(List<Objective> objectives) {
        JsonArrayBuilder b = CachedJson.arrayBuilder();
        for (Objective o : objectives) {
            b.add(CachedJson.objectBuilder()
                    .add("id", o.id() == null ? "" : o.id())
                    .add("title", read(langString(o.title())))
                    .add("description", read(langString(o.description()))));
        }
        return b.build().toString();
    }

    static List<Objective> objectives(String json) {
        List<Objective> out = new ArrayList<>();
        JsonArray array = read(json).asJsonArray();
        for (JsonValue v : array) {
            JsonObject o = v.asJsonObject();
            out.add(new Objective(
                    o.getString("id"),
                    langString(o.getJsonObject("title").toString()),
                    langString(o.getJsonObject("description").toString())));
        }
        return out;
    }

    private static JsonValue read(String json) {
        try (JsonReader r = CachedJson.reader(new StringReader(json))) {
            return r.readValue();
        }
    }
}
