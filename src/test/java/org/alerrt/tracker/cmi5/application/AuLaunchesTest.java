package org.alerrt.tracker.cmi5.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.transaction.Transactional;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.alerrt.tracker.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

/** A launch whose transaction lost a race runs again as a whole; a refused one is answered at once. */
class AuLaunchesTest {

    private static final AuLaunches.Launched OK = new AuLaunches.Launched("https://au.example.org/a", "s1");

    private final Deque<Supplier<AuLaunches.Launched>> attempts = new ArrayDeque<>();
    private int calls;

    private AuLaunches launches() {
        AuLaunches l = new AuLaunches();
        l.transaction = new AuLaunchTransaction() {
            @Override
            public AuLaunches.Launched launch(String registration, String auRef, String mode, String returnUrl) {
                calls++;
                return attempts.removeFirst().get();
            }
        };
        return l;
    }

    @Test
    void aRolledBackAttemptIsRunAgainAsAWhole() {
        attempts.add(() -> {
            throw new IllegalStateException("commit failed: the transaction was marked for rollback");
        });
        attempts.add(() -> {
            throw new Refusal(Refusal.Kind.UNAVAILABLE, null, "the document is being written");
        });
        attempts.add(() -> OK);
        assertSame(OK, launches().launch("r", "1", null, null));
        assertEquals(3, calls);
    }

    @Test
    void aLaunchRefusesToRunInsideACallersTransaction() throws NoSuchMethodException {
        Transactional tx = AuLaunches.class
                .getMethod("launch", String.class, String.class, String.class, String.class)
                .getAnnotation(Transactional.class);
        assertEquals(Transactional.TxType.NEVER, tx.value());
    }

    @Test
    void aRefusalIsNotRetried() {
        Refusal refused = Refusal.invalid("au", "no AU");
        attempts.add(() -> {
            throw refused;
        });
        assertSame(refused, assertThrows(Refusal.class, () -> launches().launch("r", "9", null, null)));
        assertEquals(1, calls);
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        for (int i = 0; i < AuLaunches.ATTEMPTS; i++) {
            attempts.add(() -> {
                throw new IllegalStateException("lock wait timed out");
            });
        }
        assertThrows(IllegalStateException.class, () -> launches().launch("r", "1", null, null));
        assertEquals(AuLaunches.ATTEMPTS, calls);
    }
}
