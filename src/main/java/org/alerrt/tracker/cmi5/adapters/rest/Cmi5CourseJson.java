package org.alerrt.tracker.cmi5.adapters.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.CourseVersion;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.LangString;
import org.alerrt.tracker.cmi5.application.CourseDetails;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.Block;
import org.alerrt.tracker.cmi5.domain.StructureNode;
import org.alerrt.tracker.platform.json.CachedJson;

/** JSON of cmi5 courses for the admin API. */
final class Cmi5CourseJson {

    private Cmi5CourseJson() {}

    static String list(List<Cmi5Course> courses) {
        JsonArrayBuilder a = CachedJson.arrayBuilder();
        courses.forEach(c -> a.add(c.toJson()));
        return a.build().toString();
    }

    /**
     * The course, one version and its structure: {@code children} is the tree (blocks and AUs in cmi5.xml order),
     * {@code aus} the same AUs as a flat list in that order.
     */
    static JsonObject details(CourseDetails d) {
        Cmi5Course c = d.course();
        CourseVersion v = d.version();
        String contentBase = c.contentBase(v);
        JsonArrayBuilder versions = CachedJson.arrayBuilder();
        d.versions().forEach(x -> versions.add(x.summaryJson().add("auCount", x.auCount())));
        JsonArrayBuilder aus = CachedJson.arrayBuilder();
        d.structure().aus().forEach(au -> aus.add(au(au, contentBase)));
        JsonArrayBuilder objectives = CachedJson.arrayBuilder();
        d.structure()
                .objectives()
                .forEach(o -> objectives.add(CachedJson.objectBuilder()
                        .add("id", o.id())
                        .add("title", lang(o.title()))
                        .add("description", lang(o.description()))));
        return c.toJson(v)
                .add("auCount", v.auCount())
                .add("blockCount", v.blockCount())
                .add("fileCount", v.fileCount())
                .add("contentBase", contentBase)
                .add("objectives", objectives)
                .add("children", children(d.structure().children(), contentBase))
                .add("aus", aus)
                .add("versions", versions)
                .build();
    }

    private static JsonArrayBuilder children(List<StructureNode> nodes, String contentBase) {
        JsonArrayBuilder a = CachedJson.arrayBuilder();
        for (StructureNode n : nodes) {
            if (n instanceof Block b) {
                a.add(CachedJson.objectBuilder()
                        .add("type", "block")
                        .add("id", b.id())
                        .add("title", lang(b.title()))
                        .add("description", lang(b.description()))
                        .add("objectives", strings(b.objectiveRefs()))
                        .add("children", children(b.children(), contentBase)));
            } else {
                a.add(au((AssignableUnit) n, contentBase));
            }
        }
        return a;
    }

    private static JsonObjectBuilder au(AssignableUnit au, String contentBase) {
        JsonObjectBuilder o = CachedJson.objectBuilder()
                .add("type", "au")
                .add("id", au.id())
                .add("title", lang(au.title()))
                .add("description", lang(au.description()))
                .add("objectives", strings(au.objectiveRefs()))
                .add("url", au.url())
                .add("launchUrl", au.hasAbsoluteUrl() ? au.url() : contentBase + au.url())
                .add("launchMethod", au.launchMethod().name())
                .add("moveOn", au.moveOn().name());
        if (au.masteryScore() != null) {
            o.add("masteryScore", au.masteryScore());
        }
        if (au.launchParameters() != null) {
            o.add("launchParameters", au.launchParameters());
        }
        if (au.entitlementKey() != null) {
            o.add("entitlementKey", au.entitlementKey());
        }
        if (au.activityType() != null) {
            o.add("activityType", au.activityType());
        }
        return o;
    }

    static JsonObject lang(LangString s) {
        return s.toJson();
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = CachedJson.arrayBuilder();
        values.forEach(a::add);
        return a;
    }

    /** {@code {"error": {"status": 400, "message", "rule", "reasons": [{"rule", "location"?, "message"}]}}}. */
    static JsonObject rejected(List<ImportProblem> problems) {
        return rejected(400, problems);
    }

    /** The refusal body: every reason with its rule, location and message (400; 415 for the Content-Type). */
    static JsonObject rejected(int status, List<ImportProblem> problems) {
        JsonArrayBuilder reasons = CachedJson.arrayBuilder();
        for (ImportProblem p : problems) {
            JsonObjectBuilder r =
                    CachedJson.objectBuilder().add("rule", p.rule()).add("message", p.message());
            if (p.location() != null) {
                r.add("location", p.location());
            }
            reasons.add(r);
        }
        return CachedJson.objectBuilder()
                .add(
                        "error",
                        CachedJson.objectBuilder()
                                .add("status", status)
                                .add(
                                        "message",
                                        "The course package is invalid (" + problems.size()
                                                + " problem(s)); nothing was imported")
                                .add("rule", "cmi5 §13, §14")
                                .add("reasons", reasons))
                .build();
    }
}
