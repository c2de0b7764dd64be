package org.alerrt.tracker.training.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The seeding SQL on H2 (the embedded default): inserts once, then leaves the row and its IRIs alone. */
class CourseSqlTest {

    @Test
    void insertIfAbsentIsIdempotent() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:coursesql;DB_CLOSE_DELAY=-1", "sa", "")) {
            String ddl = Files.readString(
                    Path.of("src/main/resources/db/migration/V3__training.sql"), StandardCharsets.UTF_8);
            try (Statement s = c.createStatement()) {
                for (String stmt : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!stmt.isBlank()) {
                        s.execute(stmt);
                    }
                }
            }
            assertEquals(1, insertCourse(c, "3311", 16));
            assertEquals(0, insertCourse(c, "3311", 99));
            assertEquals(1, insertActivity(c, "https://alerrt.org/xapi/courses/3311", "3311"));
            assertEquals(0, insertActivity(c, "https://alerrt.org/xapi/courses/3311", "3311"));
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT credit_hours FROM course WHERE tcole_number = '3311'")) {
                rs.next();
                assertEquals(16, rs.getInt(1));
            }
        }
    }

    private static int insertCourse(Connection c, String number, int hours) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(CourseSql.INSERT_COURSE_IF_ABSENT)) {
            ps.setString(1, number);
            ps.setString(2, "Level I");
            ps.setString(3, "DIRECT");
            ps.setInt(4, hours);
            ps.setBoolean(5, true);
            ps.setString(6, "PASSED");
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
            ps.setString(8, number);
            return ps.executeUpdate();
        }
    }

    private static int insertActivity(Connection c, String iri, String number) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(CourseSql.INSERT_ACTIVITY_IF_ABSENT)) {
            ps.setString(1, iri);
            ps.setString(2, number);
            ps.setString(3, iri);
            return ps.executeUpdate();
        }
    }
}
