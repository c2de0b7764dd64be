package org.alerrt.tracker.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.training.api.Level1Status;
import org.alerrt.tracker.training.api.TrainingUnit;
import org.junit.jupiter.api.Test;

class LearnerTest {

    private static final ActorIdentity JANE = new ActorIdentity("mbox:mailto:jane@example.org");

    @Test
    void seenInAStatementHasNoPid() {
        Learner l = Learner.seenInStatement(JANE, "Jane Q. Doe");
        assertTrue(l.pidMissing());
        assertEquals("Jane Q.", l.firstName());
        assertEquals("Doe", l.lastName());
        assertEquals(JANE, l.actor());
    }

    @Test
    void agentWithoutName() {
        Learner l = Learner.seenInStatement(JANE, null);
        assertNull(l.firstName());
        assertNull(l.lastName());
        Learner single = Learner.seenInStatement(JANE, "Cher");
        assertEquals("Cher", single.firstName());
        assertNull(single.lastName());
    }

    @Test
    void settingOrChangingThePidIsReported() {
        Learner l = Learner.seenInStatement(JANE, "Jane Doe");
        assertTrue(l.update(new LearnerDetails("Jane", "Doe", Optional.of(new Pid("123")), "Austin PD")));
        assertFalse(l.update(new LearnerDetails("Jane", "Doe", Optional.of(new Pid("123")), "APD")));
        assertTrue(l.update(new LearnerDetails("Jane", "Doe", Optional.of(new Pid("124")), "APD")));
        assertFalse(l.update(new LearnerDetails("Jane", "Doe", Optional.empty(), "APD")));
        assertTrue(l.pidMissing());
    }

    @Test
    void detailsNeedNames() {
        assertEquals(
                "firstName",
                assertThrows(InvalidValueException.class, () -> new LearnerDetails(" ", "Doe", Optional.empty(), null))
                        .field());
        assertEquals(
                "lastName",
                assertThrows(
                                InvalidValueException.class,
                                () -> new LearnerDetails("Jane", null, Optional.empty(), null))
                        .field());
        assertNull(new LearnerDetails("Jane", "Doe", null, "  ").agency());
    }

    @Test
    void mandateStatus() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        TrainingUnit u = TrainingUnit.containing(day);
        Level1Status due = Level1Status.notMet(LocalDate.of(2027, 8, 31), day);
        assertFalse(new MandateStatus(u, 12, 16, false, due).hoursMet());
        assertEquals(4, new MandateStatus(u, 12, 16, false, due).remainingHours());
        assertTrue(new MandateStatus(u, 16, 16, false, due).hoursMet(), "the hours are met without Level 1");
        assertEquals(0, new MandateStatus(u, 20, 16, false, due).remainingHours());
    }
}
