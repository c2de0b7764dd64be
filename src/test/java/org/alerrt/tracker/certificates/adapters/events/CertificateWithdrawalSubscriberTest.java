package org.alerrt.tracker.certificates.adapters.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.alerrt.tracker.training.api.CompletionWithdrawn;
import org.junit.jupiter.api.Test;

class CertificateWithdrawalSubscriberTest {

    @Test
    void aVoidedStatementIsSaidInPlainWords() {
        assertEquals(
                "Credit withdrawn: the statement that earned it was voided",
                CertificateWithdrawalSubscriber.reason(CompletionWithdrawn.Reason.STATEMENT_VOIDED));
    }

    @Test
    void everyReasonFitsTheStatusReason() {
        Arrays.stream(CompletionWithdrawn.Reason.values())
                .map(CertificateWithdrawalSubscriber::reason)
                .forEach(r -> assertTrue(r.startsWith("Credit withdrawn: ") && r.length() < 500, r));
    }
}
