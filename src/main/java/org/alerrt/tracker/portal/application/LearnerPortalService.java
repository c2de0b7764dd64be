package org.alerrt.tracker.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.CourseFormat;
import org.alerrt.tracker.cmi5.api.CourseVersion;
import org.alerrt.tracker.cmi5.api.LaunchMethod;
import org.alerrt.tracker.cmi5.api.Registration;
import org.alerrt.tracker.cmi5.application.AuLaunches;
import org.alerrt.tracker.cmi5.application.Cmi5LaunchSettings;
import org.alerrt.tracker.cmi5.application.Registrations;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.Cmi5CourseRepository;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.cmi5.domain.SatisfactionResult;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.tincan.api.LearnerTinCanLaunches;
import org.alerrt.tracker.tincan.api.TinCanLaunched;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.application.CatalogueService;
import org.alerrt.tracker.training.application.LearnerService;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.Learner;

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
    Registrations registrationService;

    @Inject
    AuLaunches launches;

    @Inject
    LearnerTinCanLaunches tinCanLaunches;

    @Inject
    RegistrationRepository registrations;

    @Inject
    Cmi5CourseRepository courses;

    @Inject
    LearnerService learners;

    @Inject
    CatalogueService catalogue;

    @Inject
    Cmi5LaunchSettings settings;

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
        Course linked = catalogueCourse(c).orElseThrow(() -> Refusal.notFound("no cmi5 course " + courseId));
        return view(
                c,
                linked,
                Optional.ofNullable(
                        firstPerCourse(registrations.ofLearner(learnerId)).get(courseId)));
    }

    /**
     * Starts the course for the learner: the learner's existing registration of it is kept (on the version it was
     * made on, even when a newer version was imported since); otherwise one is made on the latest version with
     * the learner's cmi5 actor ({@link PortalActor}).
     */
    @Transactional
    public PortalCourse start(long learnerId, long courseId) {
        Cmi5Course c = courses.find(courseId).orElseThrow(() -> Refusal.notFound("no cmi5 course " + courseId));
        Course linked = catalogueCourse(c).orElseThrow(() -> Refusal.notFound("no cmi5 course " + courseId));
        courses.findByIriForUpdate(c.iri()); // one start of this course at a time: one registration per learner
        if (firstPerCourse(registrations.ofLearner(learnerId)).get(courseId) == null) {
            Learner learner = learners.get(learnerId)
                    .orElseThrow(() -> new Refusal(Refusal.Kind.FORBIDDEN, null, "only a learner can start a course"));
            if (c.format() == CourseFormat.TINCAN) {
                tinCanLaunches.registerLearner(learner, courseId);
                return view(
                        c,
                        linked,
                        Optional.ofNullable(firstPerCourse(registrations.ofLearner(learnerId))
                                .get(courseId)));
            }
            Registrations.Progress p = registrationService.register(
                    courseId, actor(learner), null, learner.firstName(), learner.lastName(), "learner " + learnerId);
            if (p.registration().learnerId() != learnerId) {
                throw new IllegalStateException("cmi5 actor of learner " + learnerId + " maps to learner "
                        + p.registration().learnerId());
            }
        }
        return view(
                c,
                linked,
                Optional.ofNullable(
                        firstPerCourse(registrations.ofLearner(learnerId)).get(courseId)));
    }

    /**
     * Launches an AU of the learner's own registration (§8.1) with the portal page as returnURL (§10). 404 for a
     * registration that is not the learner's, as for one that does not exist.
     */
    public PortalLaunch launch(long learnerId, String registration, String auId, String launchMode) {
        String id = registration == null ? "" : registration.strip().toLowerCase(Locale.ROOT);
        Registration r = registrations
                .find(id)
                .filter(x -> x.learnerId() == learnerId)
                .orElseThrow(() -> Refusal.notFound("no registration " + registration + " of yours"));
        CourseStructure structure =
                courses.structure(courses.version(r.courseId(), r.version()).orElseThrow());
        AssignableUnit au = structure.aus().stream()
                .filter(a -> a.id().equals(auId == null ? "" : auId.strip()))
                .findFirst()
                .orElseThrow(() -> Refusal.invalid("au", "no AU '" + auId + "' in the course"));
        AuLaunches.Launched l =
                launches.launch(r.registration(), au.id(), launchMode, settings.publicUrl() + PORTAL_PATH);
        return new PortalLaunch(l.url(), l.sessionId(), au.launchMethod());
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
    JsonObject actor(Learner learner) {
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
        ActorIdentity generated = PortalActor.generated(settings.publicUrl(), learner.id());
        learners.addActorAlias(learner.id(), generated);
        return PortalActor.agent(generated, name).orElseThrow();
    }

    private PortalCourse view(Cmi5Course c, Course linked, Optional<Registration> r) {
        int version = r.map(Registration::version).orElse(c.latestVersion());
        if (c.format() == CourseFormat.TINCAN) {
            // no structure to show; completion comes from the catalogue's course-activity rule (My completions)
            return new PortalCourse(
                    c,
                    linked.title(),
                    linked.number().value(),
                    linked.creditHours(),
                    r,
                    r.isPresent() ? PortalCourse.State.IN_PROGRESS : PortalCourse.State.NOT_STARTED,
                    version,
                    List.of());
        }
        CourseVersion v = courses.version(c.id(), version).orElseThrow();
        CourseStructure structure = courses.structure(v);
        Map<String, AuProgress> progress =
                r.map(x -> registrations.progress(x.registration())).orElse(Map.of());
        SatisfactionResult result = r.isPresent() ? structure.evaluate(progress, Set.of()) : null;
        return new PortalCourse(
                c,
                linked.title(),
                linked.number().value(),
                linked.creditHours(),
                r,
                PortalCourse.state(result),
                version,
                PortalCourse.rows(structure, progress, result));
    }

    private Optional<Course> catalogueCourse(Cmi5Course c) {
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

    private static String displayName(Learner l) {
        String first = l.firstName() == null ? "" : l.firstName();
        String last = l.lastName() == null || "-".equals(l.lastName()) ? "" : l.lastName();
        return (first + " " + last).strip();
    }
}
