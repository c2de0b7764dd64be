package org.alerrt.tracker.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.CourseFormat;
import org.alerrt.tracker.cmi5.api.CourseProgress;
import org.alerrt.tracker.cmi5.api.CourseRegistrations;
import org.alerrt.tracker.cmi5.api.ImportedCourses;
import org.alerrt.tracker.cmi5.api.LaunchMethod;
import org.alerrt.tracker.cmi5.api.LearnerCourses;
import org.alerrt.tracker.cmi5.api.Registration;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.tincan.api.LearnerTinCanLaunches;
import org.alerrt.tracker.tincan.api.TinCanLaunched;
import org.alerrt.tracker.training.api.Catalogue;
import org.alerrt.tracker.training.api.CatalogueCourse;
import org.alerrt.tracker.training.api.LearnerSummary;
import org.alerrt.tracker.training.api.Learners;
import org.alerrt.tracker.training.api.TcoleCourseNumber;

/**
 * The learner side of the LMS: a learner's courses with progress, starting a course (one registration per
 * learner and course, kept on the version it was started on) and launching an AU of the learner's own
 * registration, or a Tin Can course as a whole. Every method takes the signed-in learner's id and never reaches
 * another learner's registration.
 */
@ApplicationScoped
public class LearnerPortalService {

    /** The portal page; LMS.LaunchData's returnURL points here (§10). */
    public static final String PORTAL_PATH = "/learner/courses";

    @Inject
    LearnerCourses cmi5;

    @Inject
    LearnerTinCanLaunches tinCanLaunches;

    @Inject
    CourseRegistrations registrations;

    @Inject
    ImportedCourses courses;

    @Inject
    Learners learners;

    @Inject
    Catalogue catalogue;

    @Inject
    ServerSettings server;

    /** What a launch gives the portal: where to go and how (§13.1.4 launchMethod). */
    public record PortalLaunch(String url, String sessionId, LaunchMethod launchMethod) {}

    /**
     * Every imported course linked to an existing catalogue course, ordered by title, with the learner's progress.
     */
    @Transactional
    public List<PortalCourse> courses(long learnerId) {
        Map<Long, Registration> mine = firstPerCourse(registrations.ofLearner(learnerId));
        List<PortalCourse> out = new ArrayList<>();
        for (Cmi5Course c : courses.list()) {
            catalogueCourse(c).ifPresent(linked -> out.add(view(c, linked, Optional.ofNullable(mine.get(c.id())))));
        }
        out.sort(Comparator.comparing(PortalCourse::title, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(p -> p.course().id()));
        return out;
    }

    /** One course of the portal; 404 when it does not exist or is not linked to a catalogue course. */
    @Transactional
    public PortalCourse course(long learnerId, long courseId) {
        Cmi5Course c = courses.find(courseId).orElseThrow(() -> Refusal.notFound("no cmi5 course " + courseId));
        CatalogueCourse linked = catalogueCourse(c).orElseThrow(() -> Refusal.notFound("no cmi5 course " + courseId));
        return view(c, linked, registrationOf(learnerId, courseId));
    }

    /**
     * Starts the course for the learner: the learner's existing registration of it is kept (on the version it was
     * made on, even when a newer version was imported since); otherwise one is made on the latest version with
     * the learner's cmi5 actor ({@link PortalActor}).
     */
    @Transactional
    public PortalCourse start(long learnerId, long courseId) {
        Cmi5Course c = courses.find(courseId).orElseThrow(() -> Refusal.notFound("no cmi5 course " + courseId));
        CatalogueCourse linked = catalogueCourse(c).orElseThrow(() -> Refusal.notFound("no cmi5 course " + courseId));
        courses.findByIriForUpdate(c.iri()); // one start of this course at a time: one registration per learner
        if (registrationOf(learnerId, courseId).isEmpty()) {
            LearnerSummary learner = learners.find(learnerId)
                    .orElseThrow(() -> new Refusal(Refusal.Kind.FORBIDDEN, null, "only a learner can start a course"));
            if (c.format() == CourseFormat.TINCAN) {
                tinCanLaunches.registerLearner(learner, courseId);
                return view(c, linked, registrationOf(learnerId, courseId));
            }
            Registration r = cmi5.register(
                    courseId, actor(learner), learner.firstName(), learner.lastName(), "learner " + learnerId);
            if (r.learnerId() != learnerId) {
                throw new IllegalStateException(
                        "cmi5 actor of learner " + learnerId + " maps to learner " + r.learnerId());
            }
        }
        return view(c, linked, registrationOf(learnerId, courseId));
    }

    /**
     * Launches an AU of the learner's own registration (§8.1) with the portal page as returnURL (§10). 404 for a
     * registration that is not the learner's, as for one that does not exist.
     */
    public PortalLaunch launch(long learnerId, String registration, String auId, String launchMode) {
        LearnerCourses.AuLaunch l =
                cmi5.launch(learnerId, registration, auId, launchMode, server.publicUrl() + PORTAL_PATH);
        return new PortalLaunch(l.url(), l.sessionId(), l.launchMethod());
    }

    /**
     * Launches a Tin Can course for the learner (its launch URL with endpoint, auth, actor, registration and
     * activity_id), on the learner's registration of it or a new one. Tin Can has no returnURL: content opens in
     * a new window and the portal stays.
     */
    public PortalLaunch launchTinCan(long learnerId, long courseId) {
        Cmi5Course c = courses.find(courseId)
                .filter(x -> x.format() == CourseFormat.TINCAN)
                .orElseThrow(() -> Refusal.notFound("no Tin Can course " + courseId));
        catalogueCourse(c).orElseThrow(() -> Refusal.notFound("no Tin Can course " + courseId));
        TinCanLaunched l = tinCanLaunches.launchForLearner(learnerId, courseId);
        return new PortalLaunch(l.url(), l.launchId(), LaunchMethod.OwnWindow);
    }

    /**
     * The learner's cmi5 actor (§9.2): the learner's own account actor, else a further account actor recorded
     * before, else a new generated one (recorded as the learner's, so completions map back to this learner).
     */
    JsonObject actor(LearnerSummary learner) {
        String name = displayName(learner);
        Optional<JsonObject> own = PortalActor.agent(learner.actor(), name);
        if (own.isPresent()) {
            return own.get();
        }
        for (ActorIdentity alias : learners.actorAliases(learner.id())) {
            Optional<JsonObject> a = PortalActor.agent(alias, name);
            if (a.isPresent()) {
                return a.get();
            }
        }
        ActorIdentity generated = PortalActor.generated(server.publicUrl(), learner.id());
        learners.addActorAlias(learner.id(), generated);
        return PortalActor.agent(generated, name).orElseThrow();
    }

    /** The learner's registration of the course, the first one made (the one the portal uses). */
    private Optional<Registration> registrationOf(long learnerId, long courseId) {
        return Optional.ofNullable(
                firstPerCourse(registrations.ofLearner(learnerId)).get(courseId));
    }

    private PortalCourse view(Cmi5Course c, CatalogueCourse linked, Optional<Registration> r) {
        int version = r.map(Registration::version).orElse(c.latestVersion());
        if (c.format() == CourseFormat.TINCAN) {
            // no structure to show; completion comes from the catalogue's course-activity rule (My completions)
            return new PortalCourse(
                    c,
                    linked.title(),
                    linked.number().value(),
                    linked.creditHours(),
                    r,
                    r.isPresent() ? CourseProgress.State.IN_PROGRESS : CourseProgress.State.NOT_STARTED,
                    version,
                    List.of());
        }
        CourseProgress progress = cmi5.progress(c.id(), version, r.map(Registration::registration));
        return new PortalCourse(
                c,
                linked.title(),
                linked.number().value(),
                linked.creditHours(),
                r,
                progress.state(),
                version,
                progress.rows());
    }

    private Optional<CatalogueCourse> catalogueCourse(Cmi5Course c) {
        try {
            return catalogue.find(TcoleCourseNumber.of(c.tcoleNumber()));
        } catch (RuntimeException e) {
            return Optional.empty(); // a link that is not a valid number: not offered
        }
    }

    private static Map<Long, Registration> firstPerCourse(List<Registration> oldestFirst) {
        Map<Long, Registration> out = new HashMap<>();
        for (Registration r : oldestFirst) {
            out.putIfAbsent(r.courseId(), r);
        }
        return out;
    }

    private static String displayName(LearnerSummary l) {
        String first = l.firstName() == null ? "" : l.firstName();
        String last = l.lastName() == null || "-".equals(l.lastName()) ? "" : l.lastName();
        return (first + " " + last).strip();
    }
}
