package org.alerrt.tracker.training.adapters.persistence;

/** Every query of the catalogue repository, in one place (JPQL unless marked SQL). */
final class CourseSql {

    private CourseSql() {}

    static final String ALL = "SELECT c FROM Course c ORDER BY c.tcoleNumber";

    /** SQL. Parameter: the activity IRI. */
    static final String NUMBER_BY_ACTIVITY = "SELECT tcole_number FROM course_activity WHERE activity_iri = ?";

    /**
     * SQL. The casts type the parameters for PostgreSQL, which cannot infer them in a SELECT list. Portable "insert unless present" (H2 and PostgreSQL): seeding never overwrites an administrator's
     * edit. Two instances seeding at once can both pass NOT EXISTS; the loser gets a unique violation, which the
     * seeder treats as "already there". Parameters: number, title, delivery, hours, mandate, rule, updated_at,
     * number.
     */
    static final String INSERT_COURSE_IF_ABSENT = """
            INSERT INTO course (tcole_number, title, delivery, credit_hours, counts_toward_mandate, completion_rule,
                                updated_at)
            SELECT CAST(? AS VARCHAR(10)), CAST(? AS VARCHAR(300)), CAST(? AS VARCHAR(20)), CAST(? AS INTEGER),
                   CAST(? AS BOOLEAN), CAST(? AS VARCHAR(20)), CAST(? AS TIMESTAMP WITH TIME ZONE)
            FROM (VALUES (1)) AS one (x)
            WHERE NOT EXISTS (SELECT 1 FROM course WHERE tcole_number = ?)""";

    /** SQL. Parameters: iri, number, iri. An IRI mapped to another course stays there. */
    static final String INSERT_ACTIVITY_IF_ABSENT = """
            INSERT INTO course_activity (activity_iri, tcole_number)
            SELECT CAST(? AS VARCHAR(2000)), CAST(? AS VARCHAR(10)) FROM (VALUES (1)) AS one (x)
            WHERE NOT EXISTS (SELECT 1 FROM course_activity WHERE activity_iri = ?)""";
}
