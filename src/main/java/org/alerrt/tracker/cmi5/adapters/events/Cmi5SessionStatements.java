package org.alerrt.tracker.cmi5.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.LaunchMode;
import org.alerrt.tracker.cmi5.application.Cmi5LaunchSettings;
import org.alerrt.tracker.cmi5.application.MoveOnService;
import org.alerrt.tracker.cmi5.domain.AuSession;
import org.alerrt.tracker.cmi5.domain.AuStatementRules;
import org.alerrt.tracker.cmi5.domain.BrokenRule;
import org.alerrt.tracker.cmi5.domain.Cmi5Vocabulary;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.cmi5.domain.SessionFacts;
import org.alerrt.tracker.lrs.api.LaunchCredentialIssuer;
import org.alerrt.tracker.lrs.api.StatementPolicy;
import org.alerrt.tracker.platform.security.Caller;

/**
 * The cmi5 statement rules ({@link AuStatementRules}) for statements written with an AU session's auth token, asked
 * by {@link LaunchCredentialPolicy} once the launch credential rules passed; other credentials are not concerned.
 * Runs inside the LRS's storing transaction with the session row locked, so
 * the statements of a session are judged one request at a time and in request order, each against the facts left
 * by the ones accepted before it (a batch [initialized, completed] is judged in that order). What it records (verbs
 * used in the session, the AU's completed/passed/failed in the registration, the session's end) commits or rolls
 * back with the statements. Each accepted completed/passed/failed (Normal mode, §10.2.2) then moves the
 * registration on right after it is inserted, in the same transaction ({@link MoveOnService#moveOn}), so the
 * "satisfied" statements it causes (§9.3.9) follow it and precede the session's "terminated" in stored order.
 * A "terminated" statement ends the session at once (§9.3.8, waiting period zero) and revokes its credential
 * (§8.2.1: the token lasts as long as the session).
 */
@ApplicationScoped
public class Cmi5SessionStatements {

    @Inject
    RegistrationRepository registrations;

    @Inject
    LaunchCredentialIssuer credentials;

    @Inject
    Cmi5LaunchSettings settings;

    @Inject
    MoveOnService moveOn;

    public List<StatementPolicy.AfterInsert> check(List<JsonObject> statements, Caller credential) {
        if (credential == null || statements.isEmpty() || !AuSessionToken.is(credential)) {
            return List.of();
        }
        SessionFacts before = AuSessionToken.lockedFacts(registrations, credential);
        AuStatementRules.Options options = new AuStatementRules.Options(settings.preferencesBeforeInitialized());
        SessionFacts facts = before;
        List<StatementPolicy.AfterInsert> after = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            JsonObject statement = statements.get(i);
            Optional<BrokenRule> refusal = AuStatementRules.check(statement, facts, options);
            if (refusal.isPresent()) {
                BrokenRule r = refusal.get();
                String property = statements.size() == 1 ? r.property() : "statement[" + i + "]." + r.property();
                throw LaunchCredentialPolicy.forbidden(property, r.message(), r.rule());
            }
            facts = facts.after(statement);
            if (movesOn(statement, facts.session())) {
                AuProgress progress = facts.progress(); // as of this statement, not the end of the batch
                after.add(
                        new StatementPolicy.AfterInsert(i, () -> moveOn.moveOn(before.session(), progress, statement)));
            }
        }
        record(before, facts);
        return after;
    }

    /** A cmi5 defined completed/passed/failed of a Normal session (§9.3.3–9.3.5; §10.2.2: not Browse/Review). */
    static boolean movesOn(JsonObject statement, AuSession session) {
        return session.launchMode() == LaunchMode.Normal
                && AuStatementRules.isCmi5Defined(statement)
                && Cmi5Vocabulary.MOVE_ON_VERBS.contains(AuStatementRules.verb(statement));
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
            registrations.endSession(
                    session.sessionId(), AuSession.State.TERMINATED, OffsetDateTime.now(ZoneOffset.UTC));
            if (session.credentialKey() != null) {
                credentials.revoke(session.credentialKey());
            }
        }
    }
}
