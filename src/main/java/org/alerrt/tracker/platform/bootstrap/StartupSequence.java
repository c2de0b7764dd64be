package org.alerrt.tracker.platform.bootstrap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the {@link StartupStep}s while the application starts, before any other observer of the start (those
 * schedule work that needs the migrated schema) and before the first request is served.
 */
@ApplicationScoped
public class StartupSequence {

    @Inject
    @Any
    Instance<StartupStep> steps;

    void start(
            @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                    Object started) {
        runInOrder(steps.stream().toList());
    }

    /** Phase by phase; a step that throws ends the sequence there. */
    static void runInOrder(List<StartupStep> steps) {
        steps.stream().sorted(Comparator.comparing(StartupStep::phase)).forEach(StartupStep::run);
    }
}
