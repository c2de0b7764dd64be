package org.alerrt.tracker.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import javax.sql.DataSource;
import org.alerrt.tracker.platform.security.ClientAddress;
import org.alerrt.tracker.platform.web.ContentOrigin;
import org.alerrt.tracker.platform.web.CorsPolicy;

/**
 * The settings platform reads (docs/configuration.md: Database, Server, Bootstrap, Security, HTTP, the CORS keys of
 * xAPI, Events). {@code TRACKER_CONTENT_PORT} is not among them: Payara reads it while it boots, before the
 * application exists, so the launcher checks it ({@code TrackerMain}).
 */
@ApplicationScoped
public class PlatformSettingsCheck implements SettingsCheck {

    /** How long the start waits for the database (the microbundle's launcher: {@code DatabaseWait}). */
    static final String DB_WAIT_SECONDS = "tracker.db.wait-seconds";

    static final String PUBLIC_URL = "tracker.public-url";
    static final String FIRST_LOCK_SECONDS = "tracker.security.sign-in.first-lock-seconds";
    /** The longest lock a setting may ask for (a day): longer ones only help whoever locks others out. */
    static final int LONGEST_LOCK_SECONDS = 86_400;

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.rule("tracker.db.url", v -> {
                    if (!v.strip().startsWith("jdbc:")) {
                        throw new IllegalArgumentException(
                                "must be a JDBC URL (jdbc:h2:file:… or" + " jdbc:postgresql://host:5432/db)");
                    }
                }),
                Setting.rule("tracker.db.datasource-class", PlatformSettingsCheck::dataSourceClass),
                Setting.any("tracker.db.user"),
                Setting.anySecret("tracker.db.password"),
                Setting.bool("tracker.db.rewrite-batched-inserts"),
                Setting.integer(DB_WAIT_SECONDS, 0, 3600),
                Setting.httpUrl(PUBLIC_URL),
                Setting.pair(
                        "tracker.content-url", PUBLIC_URL, ServerSettings.DEFAULT_PUBLIC_URL, ContentOrigin::check),
                Setting.text("tracker.data.dir", 1, 4096),
                Setting.timeZone("tracker.time-zone"),
                Setting.text("tracker.bootstrap.admin.username", 1, 100),
                Setting.secret("tracker.bootstrap.admin.password", 12),
                Setting.bool("tracker.bootstrap.write-file"),
                Setting.integer("tracker.security.password-hash-iterations", 10_000, 10_000_000),
                Setting.integer("tracker.security.credential-cache-seconds", 0, 3600),
                Setting.integer("tracker.security.sign-in.free-failures-per-name", 0, 100_000),
                Setting.integer("tracker.security.sign-in.free-failures-per-address", 0, 100_000),
                Setting.integer(FIRST_LOCK_SECONDS, 1, LONGEST_LOCK_SECONDS),
                Setting.pair(
                        "tracker.security.sign-in.max-lock-seconds",
                        FIRST_LOCK_SECONDS,
                        "1",
                        PlatformSettingsCheck::maxLock),
                Setting.integer("tracker.security.sign-in.forget-after-minutes", 1, 525_600),
                Setting.rule("tracker.security.trusted-proxies", ClientAddress::checkTrustedProxies),
                Setting.integer("tracker.http.max-body-bytes", 1024, Integer.MAX_VALUE),
                Setting.rule("tracker.xapi.cors-origins", CorsPolicy::checkOrigins),
                Setting.integer("tracker.xapi.cors-max-age-seconds", 0, 86_400),
                Setting.integer("tracker.events.poll-interval-ms", 50, 3_600_000),
                Setting.integer("tracker.events.retention-hours", 1, 87_600),
                Setting.integer("tracker.events.max-attempts", 1, 1000));
    }

    /** The longest lock: at least the first (when that one is bad, its own line says so; 1 here), at most a day. */
    private static void maxLock(String v, String firstLock) {
        long first = firstLock.strip().matches("[0-9]{1,5}") ? Long.parseLong(firstLock.strip()) : 1;
        long min = first >= 1 && first <= LONGEST_LOCK_SECONDS ? first : 1;
        long n = v.strip().matches("[0-9]{1,9}") ? Long.parseLong(v.strip()) : -1;
        if (n < min || n > LONGEST_LOCK_SECONDS) {
            throw new IllegalArgumentException(
                    "must be a whole number from " + min + " (" + FIRST_LOCK_SECONDS + ") to " + LONGEST_LOCK_SECONDS);
        }
    }

    /** A class the pool can instantiate: the driver ships in the WAR (PostgreSQL) or in Payara (H2). */
    private static void dataSourceClass(String name) {
        try {
            Class<?> type =
                    Class.forName(name.strip(), false, Thread.currentThread().getContextClassLoader());
            if (!DataSource.class.isAssignableFrom(type)) {
                throw new ClassNotFoundException(name);
            }
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("must be a javax.sql.DataSource class on the class path:"
                    + " org.h2.jdbcx.JdbcDataSource or org.postgresql.ds.PGSimpleDataSource");
        }
    }
}
