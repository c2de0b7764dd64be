package org.alerrt.tracker.platform.bootstrap;

/**
 * Work a start does once, before the application serves its first request: a bean of any context implements it and
 * {@link StartupSequence} runs every step in the order of its {@link Phase}. A step that must stop the start throws
 * ({@link StartupFailure#stop}).
 */
public interface StartupStep {

    /** Steps run phase by phase; within a phase their order does not matter. */
    enum Phase {
        /** the configuration is valid */
        CHECK_SETTINGS,
        /** the database schema is current */
        MIGRATE_SCHEMA,
        /** what a fresh database needs: the first administrator and LRS credential, the catalogue */
        SEED,
        /** tell the operator the application is up */
        ANNOUNCE
    }

    Phase phase();

    void run();
}
