package org.alerrt.tracker.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupSequenceTest {

    private final List<String> ran = new ArrayList<>();

    private StartupStep step(String name, StartupStep.Phase phase, Runnable work) {
        return new StartupStep() {
            @Override
            public Phase phase() {
                return phase;
            }

            @Override
            public void run() {
                ran.add(name);
                work.run();
            }
        };
    }

    private StartupStep step(String name, StartupStep.Phase phase) {
        return step(name, phase, () -> {});
    }

    @Test
    void stepsRunPhaseByPhaseWhateverOrderTheyAreFoundIn() {
        StartupSequence.runInOrder(List.of(
                step("banner", StartupStep.Phase.ANNOUNCE),
                step("catalogue", StartupStep.Phase.SEED),
                step("migration", StartupStep.Phase.MIGRATE_SCHEMA),
                step("settings", StartupStep.Phase.CHECK_SETTINGS)));
        assertEquals(List.of("settings", "migration", "catalogue", "banner"), ran);
    }

    @Test
    void aStepThatStopsTheStartKeepsTheLaterPhasesFromRunning() {
        List<StartupStep> steps = List.of(
                step("banner", StartupStep.Phase.ANNOUNCE),
                step("migration", StartupStep.Phase.MIGRATE_SCHEMA, () -> {
                    throw new IllegalStateException("database gone");
                }),
                step("seed", StartupStep.Phase.SEED));
        assertThrows(IllegalStateException.class, () -> StartupSequence.runInOrder(steps));
        assertEquals(List.of("migration"), ran);
    }
}
