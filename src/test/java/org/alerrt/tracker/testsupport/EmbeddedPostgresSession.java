package org.alerrt.tracker.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one real PostgreSQL (a Maven-shipped binary) for the whole failsafe run when {@code embedded.pg.port} is
 * set: the PostgreSQL integration-test execution. The Payara JVMs reach it through the TRACKER_DB_* variables.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("embedded.pg.port");
        if (port == null || port.isBlank()) {
            return;
        }
        try {
            postgres =
                    EmbeddedPostgres.builder().setPort(Integer.parseInt(port)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL on port " + port, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
