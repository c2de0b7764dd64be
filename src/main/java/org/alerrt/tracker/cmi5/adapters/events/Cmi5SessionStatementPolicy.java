package org.alerrt.tracker.cmi5.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.cmi5.application.Cmi5LaunchSettings;
import org.alerrt.tracker.cmi5.application.RegistrationService;
import org.alerrt.tracker.cmi5.domain.AuSession;
import org.alerrt.tracker.cmi5.domain.AuStatementRules;
import org.alerrt.tracker.cmi5.domain.Cmi5Vocabulary;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.cmi5.domain.SessionFacts;
import org.alerrt.tracker.lrs.application.LrsCredentialService;
import org.alerrt.tracker.lrs.application.StatementPolicy;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.web.ApiException;

/**
 * The cmi5 statement rules ({@link AuStatementRules}) for statements written with an AU session's auth token;
 * other credentials are not concerned. Runs inside the LRS's storing transaction with the session row locked, so
 * the statements of a session are judged one request at a time and in request order, each against the facts left
 * by the ones accepted before it (a batch [initialized, completed] is judged in that order). What it records (verbs
 * used in the session, the AU's completed/passed/failed in the registration, the session's end) commits or rolls
 * back with the statements; the moveOn subscriber later finds the progress recorded and evaluates satisfaction.
 * A "terminated" statement ends the session at once (§9.3.8, waiting period zero) and revokes its credential
 * (§8.2.1: the token lasts as long as the session).
 */
@ApplicationScoped
public class Cmi5SessionStatementPolicy implements StatementPolicy {

    @Inject
    RegistrationRepository registrations;

    @Inject
    LrsCredentialService credentials;

    @Inject
    Cmi5LaunchSettings settings;

    @Override
    public void check(List<JsonObject> statements, Caller credential) {
        if (credential == null || statements.isEmpty()
                || !credential.name().startsWith(RegistrationService.SESSION_KEY_PREFIX)) {
            return; // not an AU session's token (fetch issues those with the prefix): no look-up on the write path
        }
        Optional<AuSession> found = registrations.sessionByCredential(credential.name());
        if (found.isEmpty()) {
            return;
        }
        Optional<SessionFacts> locked = registrations.sessionFactsForUpdate(found.get().sessionId());
        if (locked.isEmpty()) {
            return; // deleted meanwhile with its course: its credential no longer names a session
        }
        SessionFacts before = locked.get();
        AuStatementRules.Options options = new AuStatementRules.Options(settings.preferencesBeforeInitialized());
        SessionFacts facts = before;
        for (int i = 0; i < statements.size(); i++) {
            JsonObject statement = statements.get(i);
            Optional<AuStatementRules.Refusal> refusal = AuStatementRules.check(statement, facts, options);
            if (refusal.isPresent()) {
                AuStatementRules.Refusal r = refusal.get();
                String property = statements.size() == 1 ? r.property() : "statement[" + i + "]." + r.property();
                throw new ApiException(403, property, property + ": " + r.message() + " (" + r.rule() + ")",
                        r.rule());
            }
            facts = facts.after(statement);
        }
        record(before, facts);
    }

    private void record(SessionFacts before, SessionFacts after) {
        AuSession session = after.session();
        if (!after.verbsUsed().equals(before.verbsUsed())) {
            registrations.recordVerbs(session.sessionId(), after.verbsUsed());
        }
        if (!after.progress().equals(before.progress())) {
            registrations.saveProgress(session.registration(), session.auId(), after.progress());
        }
        if (after.used(Cmi5Vocabulary.TERMINATED) && !before.used(Cmi5Vocabulary.TERMINATED)) {
            registrations.endSession(session.sessionId(), AuSession.State.TERMINATED,
                    OffsetDateTime.now(ZoneOffset.UTC));
            if (session.credentialKey() != null) {
                credentials.revoke(session.credentialKey());
            }
        }
    }
}
