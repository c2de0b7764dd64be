package org.alerrt.tracker.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 database with the real Flyway migrations, for repository tests without a container. */
public final class TestDatabase {

    private TestDatabase() {}

    public static JdbcDataSource migrated() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        ds.setUser("sa");
        ds.setPassword("sa");
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return ds;
    }

    /**
     * Adds the completions (and the learner, course 3356 and statements they refer to) that certificate and report
     * rows must point at: the schema refuses orphans.
     */
    public static void addCompletions(DataSource ds, long learnerId, long... completionIds) {
        try (Connection c = ds.getConnection()) {
            if (!exists(c, "SELECT 1 FROM course WHERE tcole_number = '3356'")) {
                update(
                        c,
                        "INSERT INTO course (tcole_number, title, delivery, credit_hours, counts_toward_mandate,"
                                + " completion_rule, updated_at) VALUES ('3356', 'Fire as a Weapon', 'ONLINE', 4, TRUE,"
                                + " 'PASSED', CURRENT_TIMESTAMP)");
            }
            if (!exists(c, "SELECT 1 FROM learner WHERE id = " + learnerId)) {
                update(
                        c,
                        "INSERT INTO learner (id, first_name, last_name, pid, actor_ifi, created_at) VALUES ("
                                + learnerId + ", 'Jane', 'Doe', '1234567', 'mbox:mailto:learner" + learnerId
                                + "@example.org', CURRENT_TIMESTAMP)");
            }
            for (long id : completionIds) {
                String statement =
                        UUID.nameUUIDFromBytes(("completion-" + id).getBytes()).toString();
                update(
                        c,
                        "INSERT INTO xapi_statement (statement_id, stored, verb_iri, voided, document) VALUES ('"
                                + statement
                                + "', CURRENT_TIMESTAMP, 'http://adlnet.gov/expapi/verbs/passed', FALSE, '{}')");
                update(
                        c,
                        "INSERT INTO completion (id, learner_id, tcole_number, registration, outcome, credit_hours,"
                                + " completed_on, delivery, statement_id, credit_released, recorded_at) VALUES (" + id
                                + ", "
                                + learnerId + ", '3356', '" + statement
                                + "', 'PASSED', 4, DATE '2026-11-25', 'ONLINE', '"
                                + statement + "', TRUE, CURRENT_TIMESTAMP)");
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add test completions", e);
        }
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            return rs.next();
        }
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    /**
     * A DataSource that always hands out the same connection and ignores close(), standing in for a JTA
     * transaction: everything a repository does through it is one transaction on that connection.
     */
    public static DataSource transaction(Connection connection) {
        InvocationHandler keepOpen =
                (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(connection, args);
        Connection shared = (Connection) Proxy.newProxyInstance(
                TestDatabase.class.getClassLoader(), new Class<?>[] {Connection.class}, keepOpen);
        return (DataSource) Proxy.newProxyInstance(
                TestDatabase.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return shared;
                    }
                    throw new SQLException("not supported in tests: " + method.getName());
                });
    }
}
