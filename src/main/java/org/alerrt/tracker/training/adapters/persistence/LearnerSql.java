package org.alerrt.tracker.training.adapters.persistence;

/** Every query of the learner repository (JPQL). */
final class LearnerSql {

    private LearnerSql() {
    }

    /** Keyset paging on id: no OFFSET, so later pages cost the same as the first. */
    static final String PAGE = "SELECT l FROM Learner l WHERE l.id > :after ORDER BY l.id";

    /** :q is a lower-case LIKE pattern with '!' as escape, so a '%' typed by a user matches itself. */
    static final String SEARCH = """
            SELECT l FROM Learner l WHERE l.id > :after AND (
                   LOWER(l.firstName) LIKE :q ESCAPE '!' OR LOWER(l.lastName) LIKE :q ESCAPE '!'
                OR l.pid LIKE :q ESCAPE '!' OR LOWER(l.agency) LIKE :q ESCAPE '!'
                OR LOWER(l.actorIfi) LIKE :q ESCAPE '!')
            ORDER BY l.id""";

    static final String BY_ACTOR = "SELECT l FROM Learner l WHERE l.actorIfi = :actor";

    static String likePattern(String query) {
        String escaped = query.toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
