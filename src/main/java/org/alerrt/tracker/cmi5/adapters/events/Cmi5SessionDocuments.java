package org.alerrt.tracker.cmi5.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.alerrt.tracker.cmi5.domain.AuDocumentRules;
import org.alerrt.tracker.cmi5.domain.BrokenRule;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.cmi5.domain.SessionFacts;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.lrs.api.DocumentRequest;
import org.alerrt.tracker.platform.security.Caller;

/**
 * The cmi5 document rules ({@link AuDocumentRules}) for requests made with an AU session's auth token, and the
 * record that the AU asked for its learner preferences (§11, needed before "initialized"); asked by
 * {@link LaunchCredentialPolicy}. Other credentials are not concerned.
 */
@ApplicationScoped
public class Cmi5SessionDocuments {

    @Inject
    RegistrationRepository registrations;

    @Transactional
    public void check(DocumentRequest request, DocumentRequest.Operation operation, Caller credential) {
        if (!AuSessionToken.is(credential)) {
            return;
        }
        SessionFacts facts = AuSessionToken.lockedFacts(registrations, credential);
        String launchActor =
                ActorIdentity.of(facts.actor()).map(ActorIdentity::value).orElse("");
        Optional<BrokenRule> refusal = AuDocumentRules.check(request, operation, launchActor, facts.auActivityId());
        if (refusal.isPresent()) {
            BrokenRule r = refusal.get();
            throw LaunchCredentialPolicy.forbidden(r.property(), r.message(), r.rule());
        }
        if (AuDocumentRules.readsPreferences(request, operation)) {
            registrations.markPreferencesRead(facts.session().sessionId());
        }
    }
}
