package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.CourseProgress;
import org.alerrt.tracker.cmi5.api.LaunchMode;
import org.alerrt.tracker.cmi5.api.LearnerCourses;
import org.alerrt.tracker.cmi5.api.Registration;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.Block;
import org.alerrt.tracker.cmi5.domain.Cmi5CourseRepository;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.cmi5.domain.SatisfactionResult;
import org.alerrt.tracker.cmi5.domain.StructureNode;
import org.alerrt.tracker.platform.errors.Refusal;

/**
 * The learner portal's use of cmi5 ({@link LearnerCourses}): a course's rows with the learner's progress, evaluated
 * by the same moveOn rules as the LMS's statements, registering through {@link Registrations} and launching through
 * {@link AuLaunches}, never on another learner's registration.
 */
@ApplicationScoped
public class LearnerCourseService implements LearnerCourses {

    @Inject
    Cmi5CourseRepository courses;

    @Inject
    RegistrationRepository registrations;

    @Inject
    Registrations registrationService;

    @Inject
    AuLaunches launches;

    @Override
    @Transactional
    public CourseProgress progress(long courseId, int version, Optional<String> registration) {
        CourseStructure structure =
                courses.structure(courses.version(courseId, version).orElseThrow());
        Map<String, AuProgress> progress =
                registration.map(registrations::progress).orElse(Map.of());
        SatisfactionResult result = registration.isPresent() ? structure.evaluate(progress, Set.of()) : null;
        return new CourseProgress(state(result), rows(structure, progress, result));
    }

    @Override
    public Registration register(long courseId, JsonObject actor, String firstName, String lastName, String by) {
        return registrationService
                .register(courseId, actor, null, firstName, lastName, by)
                .registration();
    }

    @Override
    public AuLaunch launch(long learnerId, String registration, String auId, String launchMode, String returnUrl) {
        Registration r = registrations
                .find(Registration.idOf(registration))
                .filter(x -> x.learnerId() == learnerId)
                .orElseThrow(() -> Refusal.notFound("no registration " + registration + " of yours"));
        AssignableUnit au = courses.structureOf(r).aus().stream()
                .filter(a -> a.id().equals(auId == null ? "" : auId.strip()))
                .findFirst()
                .orElseThrow(() -> Refusal.invalid("au", "no AU '" + auId + "' in the course"));
        AuLaunches.Launched l = launches.launch(r.registration(), au.id(), launchMode, returnUrl);
        return new AuLaunch(l.url(), l.sessionId(), au.launchMethod());
    }

    /**
     * Rows of a structure. {@code result} is an evaluation of the whole registration with nothing reported before
     * (so {@code newlySatisfiedBlocks} lists every satisfied block); null when the course is not started.
     */
    static List<CourseProgress.Row> rows(
            CourseStructure structure, Map<String, AuProgress> progress, SatisfactionResult result) {
        List<CourseProgress.Row> out = new ArrayList<>();
        add(structure.children(), 0, progress, result, out);
        return out;
    }

    /** The state of a started course, from the same evaluation. */
    static CourseProgress.State state(SatisfactionResult result) {
        return result == null
                ? CourseProgress.State.NOT_STARTED
                : result.courseSatisfied() ? CourseProgress.State.SATISFIED : CourseProgress.State.IN_PROGRESS;
    }

    private static void add(
            List<StructureNode> nodes,
            int depth,
            Map<String, AuProgress> progress,
            SatisfactionResult result,
            List<CourseProgress.Row> out) {
        for (StructureNode n : nodes) {
            String title = n.title().first().isBlank() ? n.id() : n.title().first();
            if (n instanceof Block b) {
                out.add(new CourseProgress.Row(
                        true,
                        depth,
                        b.id(),
                        title,
                        null,
                        null,
                        result != null && result.newlySatisfiedBlocks().contains(b.id()),
                        null,
                        List.of()));
                add(b.children(), depth + 1, progress, result, out);
            } else if (n instanceof AssignableUnit au) {
                boolean satisfied = result != null && result.satisfiedAus().contains(au.id());
                List<LaunchMode> modes = result == null
                        ? List.of()
                        : List.of(LaunchMode.Normal, satisfied ? LaunchMode.Review : LaunchMode.Browse);
                out.add(new CourseProgress.Row(
                        false,
                        depth,
                        au.id(),
                        title,
                        au.moveOn().name(),
                        progress.getOrDefault(au.id(), AuProgress.NONE),
                        satisfied,
                        au.launchMethod().name(),
                        modes));
            }
        }
    }
}
