package org.alerrt.tracker.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one datasource. Embedded H2 file database under {@code ./data} by default, so the app runs
 * with no set-up; PostgreSQL (or another H2 location) through {@code TRACKER_DB_*} environment variables, which
 * Payara resolves when it creates the pool (see docs/configuration.md).
 */
@ApplicationScoped
// the URL default is repeated in DEFAULT_URL: annotation values must be constants and this one embeds ${ENV=…}
@DataSourceDefinition(
        name = TrackerDataSource.JNDI_NAME,
        className = "${ENV=TRACKER_DB_DATASOURCE_CLASS:org.h2.jdbcx.JdbcDataSource}",
        url = "${ENV=TRACKER_DB_URL:jdbc:h2:file:./data/tracker}",
        user = "${ENV=TRACKER_DB_USER:sa}",
        password = "${ENV=TRACKER_DB_PASSWORD:sa}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // PostgreSQL driver: send JDBC batches as multi-row INSERTs (docs/PERFORMANCE.md, run 14)
        properties = "reWriteBatchedInserts=${ENV=TRACKER_DB_REWRITE_BATCHED_INSERTS:true}")
public class TrackerDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/tracker";
    static final String DEFAULT_URL = "jdbc:h2:file:./data/tracker";

    /** The URL Payara connects to, for messages: a {@code password=} parameter is masked. */
    public static String url() {
        String url = System.getenv("TRACKER_DB_URL");
        return (url == null || url.isBlank() ? DEFAULT_URL : url).replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
