package org.alerrt.tracker.portal.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.CourseFormat;
import org.alerrt.tracker.cmi5.api.LaunchMode;
import org.alerrt.tracker.cmi5.api.Registration;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.Block;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.SatisfactionResult;
import org.alerrt.tracker.cmi5.domain.StructureNode;

/**
 * One cmi5 course as a learner sees it in the portal: the linked catalogue course, the learner's registration (if
 * started) and one row per block and AU in cmi5.xml order, with the nesting depth.
 */
public record PortalCourse(
        Cmi5Course course,
        String title,
        String tcoleNumber,
        int creditHours,
        Optional<Registration> registration,
        State state,
        int version,
        List<Row> rows) {

    /** Where the learner stands in the course. */
    public enum State {
        NOT_STARTED,
        IN_PROGRESS,
        SATISFIED
    }

    /**
     * A block or an AU. For AUs: moveOn, what was recorded, the launch method (§13.1.4) and the launch modes the
     * portal offers (§10.2.2): Normal always; Browse while the AU is not satisfied ("look around"), Review once it is
     * ("revisit"). Nothing is offered before the course is started.
     */
    public record Row(
            boolean block,
            int depth,
            String id,
            String title,
            String moveOn,
            AuProgress progress,
            boolean satisfied,
            String launchMethod,
            List<LaunchMode> modes) {

        public boolean ownWindow() {
            return "OwnWindow".equals(launchMethod);
        }
    }

    public PortalCourse {
        rows = List.copyOf(rows);
    }

    public String registrationId() {
        return registration.map(Registration::registration).orElse(null);
    }

    public boolean started() {
        return registration.isPresent();
    }

    /** A Tin Can course: launched as a whole, no blocks or AUs. */
    public boolean tinCan() {
        return course.format() == CourseFormat.TINCAN;
    }

    /**
     * Rows of a structure. {@code result} is an evaluation of the whole registration with nothing reported before
     * (so {@code newlySatisfiedBlocks} lists every satisfied block); null when the course is not started.
     */
    public static List<Row> rows(
            CourseStructure structure, Map<String, AuProgress> progress, SatisfactionResult result) {
        List<Row> out = new ArrayList<>();
        add(structure.children(), 0, progress, result, out);
        return out;
    }

    /** The state of a started course, from the same evaluation. */
    public static State state(SatisfactionResult result) {
        return result == null ? State.NOT_STARTED : result.courseSatisfied() ? State.SATISFIED : State.IN_PROGRESS;
    }

    private static void add(
            List<StructureNode> nodes,
            int depth,
            Map<String, AuProgress> progress,
            SatisfactionResult result,
            List<Row> out) {
        for (StructureNode n : nodes) {
            String title = n.title().first().isBlank() ? n.id() : n.title().first();
            if (n instanceof Block b) {
                out.add(new Row(
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
                out.add(new Row(
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
