package org.alerrt.tracker.cmi5.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.cmi5.domain.AuSession;
import org.alerrt.tracker.cmi5.domain.AuStatementRules;
import org.alerrt.tracker.cmi5.domain.Cmi5Vocabulary;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.lrs.application.StatementPolicy;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.web.ApiException;

/**
 * The cmi5 session rules ({@link AuStatementRules}) for statements written with an AU session's auth token; other
 * credentials are not concerned. A "terminated" statement ends the session (§9.3.8): later statements are
 * refused at once (the LMS's waiting period is zero).
 */
@ApplicationScoped
public class Cmi5SessionStatementPolicy implements StatementPolicy {

    @Inject
    RegistrationRepository registrations;

    @Override
    public void check(List<JsonObject> statements, Caller credential) {
        if (credential == null) {
            return;
        }
        Optional<AuSession> found = registrations.sessionByCredential(credential.name());
        if (found.isEmpty()) {
            return;
        }
        AuSession session = found.get();
        boolean terminated = false;
        for (int i = 0; i < statements.size(); i++) {
            Optional<AuStatementRules.Refusal> refusal = AuStatementRules.check(statements.get(i), session,
                    terminated);
            if (refusal.isPresent()) {
                AuStatementRules.Refusal r = refusal.get();
                String property = statements.size() == 1 ? r.property() : "statement[" + i + "]." + r.property();
                throw new ApiException(403, property, property + ": " + r.message() + " (" + r.rule() + ")",
                        r.rule());
            }
            terminated |= Cmi5Vocabulary.TERMINATED.equals(AuStatementRules.verb(statements.get(i)));
        }
        if (terminated) {
            registrations.endSession(session.sessionId(), AuSession.State.TERMINATED,
                    OffsetDateTime.now(ZoneOffset.UTC));
        }
    }
}
