package org.alerrt.tracker.cmi5.api;

import java.util.List;

/**
 * One version of a cmi5 course as a learner sees it: where the learner's registration stands, and one row per
 * block and AU in cmi5.xml order with the nesting depth.
 */
public record CourseProgress(State state, List<Row> rows) {

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
            return LaunchMethod.OwnWindow.name().equals(launchMethod);
        }
    }

    public CourseProgress {
        rows = List.copyOf(rows);
    }
}
