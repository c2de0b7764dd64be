package org.alerrt.tracker.training.adapters.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.alerrt.tracker.platform.persistence.Jdbc;
import org.alerrt.tracker.platform.persistence.PersistenceException;
import org.alerrt.tracker.platform.persistence.TrackerDataSource;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.CourseDefinition;
import org.alerrt.tracker.training.domain.CourseRepository;

/** The catalogue in {@code course} and {@code course_activity}. Runs in the caller's transaction. */
@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

    @PersistenceContext(unitName = "tracker")
    EntityManager em;

    @Resource(lookup = TrackerDataSource.JNDI_NAME)
    DataSource dataSource;

    @Override
    public List<Course> all() {
        return em.createQuery(CourseSql.ALL, Course.class).getResultList();
    }

    @Override
    public Optional<Course> find(TcoleCourseNumber number) {
        return Optional.ofNullable(em.find(Course.class, number.value()));
    }

    /**
     * One plain query first: the completion drain asks this of every passed, completed or failed statement, and most
     * are about a course's modules, not a catalogue course (through JPQL this look-up cost 4.9 % of the server's CPU
     * per single statement POST, docs/PERFORMANCE.md). Only a match loads the entity.
     */
    @Override
    public Optional<Course> findByActivity(String activityIri) {
        try {
            return Jdbc.queryOne(
                            dataSource,
                            CourseSql.NUMBER_BY_ACTIVITY,
                            ps -> ps.setString(1, activityIri),
                            rs -> rs.getString(1))
                    .map(number -> em.find(Course.class, number));
        } catch (SQLException e) {
            throw new PersistenceException("Cannot look up the course of activity " + activityIri, e);
        }
    }

    @Override
    public void add(Course course) {
        em.persist(course);
        em.flush(); // surface a duplicate key here, as a clear failure of this call
    }

    @Override
    public boolean insertIfAbsent(CourseDefinition d) {
        try (Connection c = dataSource.getConnection()) {
            int inserted;
            try (PreparedStatement ps = c.prepareStatement(CourseSql.INSERT_COURSE_IF_ABSENT)) {
                ps.setString(1, d.number().value());
                ps.setString(2, d.title());
                ps.setString(3, d.delivery().name());
                ps.setInt(4, d.creditHours());
                ps.setBoolean(5, d.countsTowardMandate());
                ps.setString(6, d.completionRule().name());
                ps.setTimestamp(7, Timestamp.from(Instant.now()));
                ps.setString(8, d.number().value());
                inserted = ps.executeUpdate();
            }
            if (inserted == 0) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(CourseSql.INSERT_ACTIVITY_IF_ABSENT)) {
                for (String iri : d.activityIris()) {
                    ps.setString(1, iri);
                    ps.setString(2, d.number().value());
                    ps.setString(3, iri);
                    ps.executeUpdate();
                }
            }
            return true;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot seed course " + d.number(), e);
        }
    }
}
