package org.alerrt.tracker.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The settings platform reads (docs/configuration.md: Database, Server, Bootstrap, Security, HTTP, Events). */
@ApplicationScoped
public class PlatformSettingsCheck implements SettingsCheck {

    /** How long the start waits for the database (the microbundle's launcher: {@code DatabaseWait}). */
    static final String DB_WAIT_SECONDS = "tracker.db.wait-seconds";

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.rule("tracker.db.url", v -> {
                    if (!v.strip().startsWith("jdbc:")) {
                        throw new IllegalArgumentException("must be a JDBC URL (jdbc:h2:file:… or"
                                + " jdbc:postgresql://host:5432/db)");
                    }
                }),
                Setting.rule("tracker.db.datasource-class", PlatformSettingsCheck::dataSourceClass),
                Setting.any("tracker.db.user"),
                Setting.anySecret("tracker.db.password"),
                Setting.bool("tracker.db.rewrite-batched-inserts"),
                Setting.integer(DB_WAIT_SECONDS, 0, 3600),
                Setting.httpUrl("tracker.public-url"),
                Setting.text("tracker.data.dir", 1, 4096),
                Setting.timeZone("tracker.time-zone"),
                Setting.text("tracker.bootstrap.admin.username", 1, 100),
                Setting.secret("tracker.bootstrap.admin.password", 12),
                Setting.bool("tracker.bootstrap.write-file"),
                Setting.integer("tracker.security.password-hash-iterations", 10_000, 10_000_000),
                Setting.integer("tracker.security.credential-cache-seconds", 0, 3600),
                Setting.integer("tracker.http.max-body-bytes", 1024, Integer.MAX_VALUE),
                Setting.integer("tracker.xapi.cors-max-age-seconds", 0, 86_400),
                Setting.integer("tracker.events.poll-interval-ms", 50, 3_600_000),
                Setting.integer("tracker.events.retention-hours", 1, 87_600),
                Setting.integer("tracker.events.max-attempts", 1, 1000));
    }

    /** A class the pool can instantiate: the driver ships in the WAR (PostgreSQL) or in Payara (H2). */
    private static void dataSourceClass(String name) {
        try {
            Class<?> type = Class.forName(name.strip(), false, Thread.currentThread().getContextClassLoader());
            if (!javax.sql.DataSource.class.isAssignableFrom(type)) {
                throw new ClassNotFoundException(name);
            }
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("must be a javax.sql.DataSource class on the class path:"
                    + " org.h2.jdbcx.JdbcDataSource or org.postgresql.ds.PGSimpleDataSource");
        }
    }
}
