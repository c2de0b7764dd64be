package org.alerrt.tracker.cmi5.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.alerrt.tracker.cmi5.domain.TinCanLaunchRules;
import org.alerrt.tracker.lrs.application.DocumentPolicy;
import org.alerrt.tracker.lrs.domain.documents.DocumentContext;
import org.alerrt.tracker.lrs.domain.documents.DocumentRequest;
import org.alerrt.tracker.lrs.domain.documents.DocumentKind;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.web.ApiException;

/**
 * A Tin Can launch credential reads and writes State documents of its learner in its registration only
 * ({@link TinCanLaunchRules#stateOfLaunch}); its scopes already keep it from profiles.
 */
@ApplicationScoped
public class TinCanLaunchDocumentPolicy implements DocumentPolicy {

    @Inject
    TinCanLaunchAccess access;

    @Override
    public void check(DocumentRequest request, DocumentRequest.Operation operation, String contentType, byte[] body,
                      Caller credential) {
        DocumentContext context = request.context();
        Optional<TinCanLaunchAccess.Scope> scope = access.of(credential);
        if (scope.isEmpty()) {
            return;
        }
        if (context.kind() != DocumentKind.STATE) {
            throw new ApiException(403, null, "A Tin Can launch credential reaches State documents only ("
                    + TinCanLaunchRules.STATE_RULE + ")", TinCanLaunchRules.STATE_RULE);
        }
        TinCanLaunchRules.stateOfLaunch(context.agentIfi(), context.registration(), scope.get().learner(),
                scope.get().registration()).ifPresent(r -> {
                    throw new ApiException(403, r.property(), r.property() + ": " + r.message() + " (" + r.rule()
                            + ")", r.rule());
                });
    }
}
