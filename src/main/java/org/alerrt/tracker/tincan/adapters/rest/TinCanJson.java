package org.alerrt.tracker.tincan.adapters.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.CourseVersion;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.tincan.api.TinCanLaunched;
import org.alerrt.tracker.tincan.application.TinCanCourseDetails;
import org.alerrt.tracker.tincan.application.TinCanLaunchService;
import org.alerrt.tracker.tincan.domain.TinCanActivity;

/** JSON of Tin Can courses and registrations for the admin API (same envelope as cmi5 courses, plus activities). */
final class TinCanJson {

    private TinCanJson() {}

    /**
     * The course and one version: {@code activities} in tincan.xml order, {@code launchActivityId} the one a launch
     * opens (and the activity that completes the catalogue course), {@code launchUrl} its content address.
     */
    static JsonObject details(TinCanCourseDetails d) {
        Cmi5Course c = d.course();
        CourseVersion v = d.version();
        String contentBase = c.contentBase(v);
        JsonArrayBuilder versions = CachedJson.arrayBuilder();
        d.versions().forEach(x -> versions.add(x.summaryJson()));
        JsonArrayBuilder activities = CachedJson.arrayBuilder();
        d.structure().activities().forEach(a -> activities.add(activity(a, contentBase)));
        JsonObjectBuilder o = c.toJson(v).add("fileCount", v.fileCount()).add("contentBase", contentBase);
        d.structure()
                .launched()
                .ifPresent(a -> o.add("launchActivityId", a.id()).add("launchUrl", launchUrl(a, contentBase)));
        return o.add("activities", activities).add("versions", versions).build();
    }

    private static JsonObjectBuilder activity(TinCanActivity a, String contentBase) {
        JsonObjectBuilder o = CachedJson.objectBuilder().add("id", a.id());
        if (a.type() != null) {
            o.add("type", a.type());
        }
        o.add("name", a.name().toJson()).add("description", a.description().toJson());
        if (a.launchable()) {
            o.add("launch", a.launch()).add("launchUrl", launchUrl(a, contentBase));
        }
        return o;
    }

    private static String launchUrl(TinCanActivity a, String contentBase) {
        return a.hasAbsoluteLaunch() ? a.launch() : contentBase + a.launch();
    }

    static JsonObject registration(TinCanLaunchService.TinCanRegistration r) {
        return CachedJson.objectBuilder()
                .add("registration", r.registration().registration())
                .add("format", r.course().format().name())
                .add("courseId", r.course().id())
                .add("version", r.registration().version())
                .add("learnerId", r.registration().learnerId())
                .add("actor", r.registration().actorJson())
                .add("courseActivityId", r.activity().id())
                .add("tcoleNumber", r.course().tcoleNumber())
                .build();
    }

    static JsonObject launched(TinCanLaunched l) {
        return CachedJson.objectBuilder()
                .add("url", l.url())
                .add("launchId", l.launchId())
                .add("expiresAt", l.expiresAt().toString())
                .build();
    }
}
