package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.CourseFormat;
import org.alerrt.tracker.cmi5.api.CourseVersion;
import org.alerrt.tracker.cmi5.api.LearnerNames;
import org.alerrt.tracker.cmi5.api.Registration;
import org.alerrt.tracker.cmi5.domain.Cmi5CourseRepository;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.LmsActivityIds;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.cmi5.domain.SatisfactionResult;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.lrs.api.XapiLimits;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.JsonFields;
import org.alerrt.tracker.training.api.Catalogue;
import org.alerrt.tracker.training.api.LearnerName;
import org.alerrt.tracker.training.api.LearnerSummary;
import org.alerrt.tracker.training.api.Learners;
import org.alerrt.tracker.training.api.TcoleCourseNumber;

/** cmi5 registrations: register a learner in a course (§9.6.1) and read what a registration has recorded. */
@ApplicationScoped
public class Registrations {

    @Inject
    RegistrationRepository registrations;

    @Inject
    Cmi5CourseRepository courses;

    @Inject
    Learners learners;

    @Inject
    Catalogue catalogue;

    @Inject
    MoveOnService moveOn;

    @Inject
    Cmi5LaunchSettings settings;

    /** A registration with its course structure and what it has recorded. */
    public record Progress(
            Registration registration,
            Cmi5Course course,
            CourseStructure structure,
            Map<String, AuProgress> aus,
            SatisfactionResult result,
            LmsActivityIds ids) {}

    /**
     * Creates a registration on the course's current version. The learner is found by actor, or created. The
     * moveOn criteria are evaluated at once (§9.6.1): blocks or a course made only of NotApplicable AUs are
     * reported satisfied now, with a session id of their own (§9.3.9).
     */
    @Transactional
    public Progress register(
            long courseId, JsonObject actor, String registrationId, String firstName, String lastName, String by) {
        Cmi5Course course =
                courses.find(courseId).orElseThrow(() -> Refusal.invalid("courseId", "no cmi5 course " + courseId));
        if (course.format() != CourseFormat.CMI5) { // Tin Can courses have no AUs: TinCanLaunchService registers
            throw Refusal.invalid("courseId", "course " + courseId + " is a " + course.format() + " course");
        }
        CourseVersion version =
                courses.version(courseId, course.latestVersion()).orElseThrow();
        ActorIdentity identity = checkActor(actor);
        String id = registrationId == null
                ? UUID.randomUUID().toString()
                : Registration.chosenId(registrationId, "cmi5 §8.1.4");
        LearnerSummary learner = learners.findOrRegister(identity, learnerName(actor, firstName, lastName));
        Registration r = new Registration(
                id, courseId, version.version(), learner.id(), actor.toString(), OffsetDateTime.now(ZoneOffset.UTC));
        if (!registrations.insert(r, by)) {
            throw Refusal.conflict("registration", "registration " + id + " exists already");
        }
        countCourseActivityForCatalogue(course);
        CourseStructure structure = courses.structure(version);
        moveOn.reportSatisfied(
                r,
                structure,
                structure.evaluateAtRegistration(),
                UUID.randomUUID().toString());
        return progress(id).orElseThrow();
    }

    @Transactional
    public Optional<Progress> progress(String registration) {
        return registrations.find(Registration.idOf(registration)).map(r -> {
            Cmi5Course course = courses.find(r.courseId()).orElseThrow();
            CourseStructure structure = courses.structureOf(r);
            Map<String, AuProgress> p = registrations.progress(r.registration());
            return new Progress(r, course, structure, p, structure.evaluate(p, Set.of()), settings.activityIds());
        });
    }

    /**
     * cmi5 "satisfied" statements on the course stand for finishing it: the catalogue course linked to the cmi5
     * course lists the LMS's course activity id among its activity IRIs (added once, through the catalogue).
     */
    private void countCourseActivityForCatalogue(Cmi5Course course) {
        catalogue.linkActivity(
                TcoleCourseNumber.of(course.tcoleNumber()),
                settings.activityIds().course(course.iri()));
    }

    /** cmi5 §9.2: the actor is an Agent with an account. */
    static ActorIdentity checkActor(JsonObject actor) {
        if (actor == null) {
            throw Refusal.invalid("actor", "is required: an xAPI Agent with an account (cmi5 §9.2)");
        }
        XapiLimits.checkAgent(actor, "actor"); // 400 naming the property and the xAPI rule
        if (!(actor.get("account") instanceof JsonObject)) {
            throw Refusal.invalid("actor.account", "cmi5 §9.2: the actor MUST be an Agent with an account");
        }
        return ActorIdentity.of(actor).orElseThrow();
    }

    /** Without a name, the actor's account name (§9.2: every cmi5 actor has an account). */
    static LearnerName learnerName(JsonObject actor, String firstName, String lastName) {
        return LearnerNames.of(
                actor,
                firstName,
                lastName,
                name -> name != null ? name : JsonFields.string(actor.getJsonObject("account"), "name"));
    }
}
