package org.alerrt.tracker.training.adapters.persistence;

import java.util.Locale;

/** Every query of the learner repository (JPQL). */
final class LearnerSql {

    private LearnerSql() {}

    /** Keyset paging on id: no OFFSET, so later pages cost the same as the first. */
    static final String PAGE = "SELECT l FROM Learner l WHERE l.id > :after ORDER BY l.id";

    /** :q is a lower-case LIKE pattern with '!' as escape, so a '%' typed by a user matches itself. */
    static final String SEARCH = """
            SELECT l FROM Learner l WHERE l.id > :after AND (
                   LOWER(l.firstName) LIKE :q ESCAPE '!' OR LOWER(l.lastName) LIKE :q ESCAPE '!'
                OR l.pid LIKE :q ESCAPE '!' OR LOWER(l.agency) LIKE :q ESCAPE '!'
                OR LOWER(l.actorIfi) LIKE :q ESCAPE '!')
            ORDER BY l.id""";

    static final String PAGE_OF_AGENCY = """
            SELECT l FROM Learner l WHERE l.id > :after AND LOWER(l.agency) = :agency ORDER BY l.id""";

    static final String BY_PID = "SELECT l FROM Learner l WHERE l.pid = :pid ORDER BY l.id";

    static final String BY_ACTOR = "SELECT l FROM Learner l WHERE l.actorIfi = :actor";

    /** Native SQL on {@code learner_actor_alias} (V12): further actors of a learner, e.g. the portal's cmi5 actor. */
    static final String BY_IDS = "SELECT l FROM Learner l WHERE l.id IN :ids";

    static final String LEARNER_OF_ALIAS = "SELECT learner_id FROM learner_actor_alias WHERE actor_ifi = ?";

    static final String ALIASES_OF =
            "SELECT actor_ifi FROM learner_actor_alias WHERE learner_id = ? ORDER BY created_at, actor_ifi";
    static final String INSERT_ALIAS = "INSERT INTO learner_actor_alias (actor_ifi, learner_id) VALUES (?, ?)";

    static String likePattern(String query) {
        String escaped = query.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
