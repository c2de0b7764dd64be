package org.alerrt.tracker.training.adapters.persistence;

/** Every query of the completion repository (JPQL). */
final class CompletionSql {

    private CompletionSql() {}

    /**
     * Earns credit now ({@code Completion.earnsCredit}). Parameters: failed = Outcome.FAILED, pending =
     * Review.PENDING.
     */
    private static final String CREDITED = " c.outcome <> :failed AND c.creditHours > 0 AND c.withdrawnAt IS NULL"
            + " AND (c.review IS NULL OR c.review <> :pending)";

    static final String BY_KEY = """
            SELECT c FROM Completion c
            WHERE c.learnerId = :learner AND c.tcoleNumber = :course AND c.registration = :registration
            ORDER BY c.attempt DESC""";

    static final String BY_STATEMENT = """
            SELECT c FROM Completion c WHERE c.learnerId = :learner AND c.statementId = :statement""";

    static final String DECIDED_BY = "SELECT c FROM Completion c WHERE c.statementId = :statement ORDER BY c.id";

    static final String RELEASED = """
            SELECT c FROM Completion c WHERE c.learnerId = :learner AND c.creditReleased = TRUE
              AND c.withdrawnAt IS NULL ORDER BY c.id""";

    static final String COURSE_HOURS = "SELECT SUM(c.creditHours) FROM Completion c"
            + " WHERE c.learnerId = :learner AND c.tcoleNumber = :course AND c.completedOn BETWEEN :from AND :to"
            + " AND c.id <> :except AND" + CREDITED;

    static final String COURSE_COUNT = "SELECT COUNT(c) FROM Completion c"
            + " WHERE c.learnerId = :learner AND c.tcoleNumber = :course AND c.completedOn BETWEEN :from AND :to AND"
            + CREDITED;

    static final String MANDATE_HOURS_OF = "SELECT c.learnerId, SUM(c.creditHours) FROM Completion c, Course k"
            + " WHERE k.tcoleNumber = c.tcoleNumber AND c.learnerId IN :learners AND k.countsTowardMandate = TRUE"
            + " AND c.completedOn BETWEEN :from AND :to AND" + CREDITED + " GROUP BY c.learnerId";

    static final String PENDING_REVIEW_COUNTS = "SELECT c.learnerId, COUNT(c) FROM Completion c"
            + " WHERE c.learnerId IN :learners AND c.review = :pending GROUP BY c.learnerId";

    static final String PENDING_REVIEW = "SELECT c FROM Completion c WHERE c.review = :pending ORDER BY c.id";

    static final String OF_LEARNER = "SELECT c FROM Completion c WHERE c.learnerId = :learner ORDER BY c.id DESC";

    static final String HELD = "SELECT c FROM Completion c"
            + " WHERE c.learnerId = :learner AND c.creditReleased = FALSE AND" + CREDITED + " ORDER BY c.id";

    /** The course's current mandate flag decides; credit hours are those of the pass. */
    static final String MANDATE_HOURS = "SELECT SUM(c.creditHours) FROM Completion c, Course k"
            + " WHERE k.tcoleNumber = c.tcoleNumber AND c.learnerId = :learner AND k.countsTowardMandate = TRUE"
            + " AND c.completedOn BETWEEN :from AND :to AND" + CREDITED;

    /** Credited completions of some learners in some courses (Level 1 status). */
    static final String CREDITED_IN = "SELECT c FROM Completion c"
            + " WHERE c.learnerId IN :learners AND c.tcoleNumber IN :courses AND" + CREDITED;

    /** Admin list: fixed fragments joined by {@link #list}, so no null-typed parameters reach the database. */
    private static final String LIST = "SELECT c FROM Completion c WHERE c.id < :before";

    private static final String AND_LEARNER = " AND c.learnerId = :learner";
    private static final String AND_COURSE = " AND c.tcoleNumber = :course";
    private static final String AND_PID_MISSING =
            " AND EXISTS (SELECT l FROM Learner l WHERE l.id = c.learnerId AND l.pid IS NULL)";
    private static final String NEWEST_FIRST = " ORDER BY c.id DESC";

    static String list(boolean byLearner, boolean byCourse, boolean pidMissing) {
        return LIST
                + (byLearner ? AND_LEARNER : "")
                + (byCourse ? AND_COURSE : "")
                + (pidMissing ? AND_PID_MISSING : "")
                + NEWEST_FIRST;
    }
}
