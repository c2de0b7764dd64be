package org.alerrt.tracker.training.adapters.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.function.Function;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.training.api.Level1Status;
import org.alerrt.tracker.training.application.CompletionView;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.Learner;
import org.alerrt.tracker.training.domain.MandateStatus;

/** The JSON the training API answers with. */
final class TrainingJson {

    private TrainingJson() {}

    static JsonObject course(Course c) {
        JsonArrayBuilder iris = CachedJson.arrayBuilder();
        c.activityIris().forEach(iris::add);
        return CachedJson.objectBuilder()
                .add("tcoleNumber", c.number().value())
                .add("title", c.title())
                .add("delivery", c.delivery().name())
                .add("creditHours", c.creditHours())
                .add("countsTowardMandate", c.countsTowardMandate())
                .add("completionRule", c.completionRule().name())
                .add("activityIris", iris)
                .add("updatedAt", c.updatedAt().toString())
                .build();
    }

    static JsonObject learner(Learner l, String username) {
        JsonObjectBuilder b = CachedJson.objectBuilder().add("id", l.id());
        add(b, "firstName", l.firstName());
        add(b, "lastName", l.lastName());
        add(b, "pid", l.pid().map(Object::toString).orElse(null));
        add(b, "agency", l.agency());
        b.add("actor", l.actor().value()).add("pidMissing", l.pidMissing());
        if (username != null) {
            b.add("username", username);
        }
        return b.build();
    }

    static JsonObject completion(CompletionView c) {
        JsonObjectBuilder b = CachedJson.objectBuilder().add("id", c.id()).add("learnerId", c.learnerId());
        add(b, "firstName", c.firstName());
        add(b, "lastName", c.lastName());
        add(b, "pid", c.pid());
        b.add("pidMissing", c.pidMissing())
                .add("tcoleNumber", c.tcoleNumber())
                .add("courseTitle", c.courseTitle())
                .add("registration", c.registration())
                .add("attempt", c.attempt())
                .add("outcome", c.outcome().name())
                .add("creditHours", c.creditHours())
                .add("proposedHours", c.proposedHours())
                .add("countsTowardMandate", c.countsTowardMandate());
        add(b, "startedOn", c.startedOn() == null ? null : c.startedOn().toString());
        b.add("completedOn", c.completedOn().toString())
                .add("delivery", c.delivery().name());
        JsonArrayBuilder instructors = CachedJson.arrayBuilder();
        c.instructorPids().forEach(instructors::add);
        b.add("instructors", instructors);
        add(b, "moduleDescription", c.moduleDescription());
        b.add("creditReleased", c.creditReleased())
                .add("creditHeld", c.creditHeld())
                .add("revision", c.revision())
                .add("reviewPending", c.reviewPending());
        add(b, "reviewReason", c.reviewReason());
        add(b, "warning", c.warning());
        b.add("withdrawn", c.withdrawn());
        add(b, "withdrawnReason", c.withdrawnReason());
        return b.build();
    }

    static JsonObject mandate(MandateStatus m) {
        return CachedJson.objectBuilder()
                .add("unitStart", m.unit().start().toString())
                .add("unitEnd", m.unit().end().toString())
                .add("creditedHours", m.creditedHours())
                .add("requiredHours", m.requiredHours())
                .add("remainingHours", m.remainingHours())
                .add("met", m.hoursMet())
                .add("pidMissing", m.pidMissing())
                .add("level1", level1(m.level1()))
                .build();
    }

    /**
     * {@code status} MET with {@code metOn}, {@code metBy}, {@code onTime}; DUE with {@code daysLeft}; OVERDUE with
     * {@code daysOverdue}; always {@code deadline}.
     */
    static JsonObject level1(Level1Status s) {
        JsonObjectBuilder b = CachedJson.objectBuilder()
                .add("status", s.state().name())
                .add("deadline", s.deadline().toString());
        switch (s.state()) {
            case MET ->
                b.add("metOn", s.metOn().toString())
                        .add("metBy", s.metBy().value())
                        .add("onTime", s.onTime());
            case DUE -> b.add("daysLeft", s.daysLeft());
            case OVERDUE -> b.add("daysOverdue", s.daysOverdue());
        }
        return b.build();
    }

    static <T> String array(List<T> items, Function<T, JsonObject> map) {
        JsonArrayBuilder a = CachedJson.arrayBuilder();
        items.forEach(i -> a.add(map.apply(i)));
        return a.build().toString();
    }

    private static void add(JsonObjectBuilder b, String key, String value) {
        if (value == null) {
            b.add(key, JsonValue.NULL);
        } else {
            b.add(key, value);
        }
    }
}
