package org.alerrt.tracker.platform.events;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.alerrt.tracker.platform.persistence.TrackerDataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness ({@code /health/ready}): the database answers, with the outbox backlog as data. Events parked as
 * FAILED do not make the instance unready (another instance would not do better), but they are reported for alerting.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    @Resource(lookup = TrackerDataSource.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database-and-outbox");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(OutboxSql.COUNT_BY_STATUS);
                ResultSet rs = ps.executeQuery()) {
            long pending = 0;
            long failed = 0;
            while (rs.next()) {
                switch (rs.getString(1)) {
                    case "PENDING" -> pending = rs.getLong(2);
                    case "FAILED" -> failed = rs.getLong(2);
                    default -> {}
                }
            }
            return response.up()
                    .withData("outboxPending", pending)
                    .withData("outboxFailed", failed)
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
