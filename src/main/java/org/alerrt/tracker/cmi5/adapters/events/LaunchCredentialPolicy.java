package org.alerrt.tracker.cmi5.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.cmi5.application.LaunchAccessService;
import org.alerrt.tracker.cmi5.domain.LaunchCredentialRules;
import org.alerrt.tracker.cmi5.domain.LaunchCredentialRules.Kind;
import org.alerrt.tracker.lrs.api.DocumentPolicy;
import org.alerrt.tracker.lrs.api.DocumentRequest;
import org.alerrt.tracker.lrs.api.StatementPolicy;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.security.Caller;

/**
 * The one place where the LRS asks what a launch credential (cmi5 AU session token, Tin Can launch auth) may
 * write and read: {@link LaunchCredentialRules} for both kinds, then, for a cmi5 session, the cmi5 protocol rules
 * ({@link Cmi5SessionStatements}, {@link Cmi5SessionDocuments}). A launch credential without a usable launch is
 * refused with 401; a broken rule with 403 naming the property and the rule. Other credentials are not concerned
 * (decided by the key prefix, without a query).
 */
@ApplicationScoped
public class LaunchCredentialPolicy implements StatementPolicy, DocumentPolicy {

    @Inject
    LaunchAccessService access;

    @Inject
    Cmi5SessionStatements cmi5Statements;

    @Inject
    Cmi5SessionDocuments cmi5Documents;

    @Override
    public List<AfterInsert> check(List<JsonObject> statements, Caller credential) {
        if (statements.isEmpty() || !isLaunchCredential(credential)) {
            return List.of();
        }
        Optional<LaunchAccessService.Launch> launch = access.resolve(credential);
        if (launch.isEmpty()) {
            return List.of();
        }
        LaunchAccessService.Launch l = launch.get();
        // a cmi5 session's protocol rules first, so their refusals keep naming the cmi5 section (§9.2, §9.6.1 ...);
        // what they record rolls back with the request if a launch credential rule refuses below
        List<AfterInsert> after =
                l.scope().kind() == Kind.CMI5_SESSION ? cmi5Statements.check(statements, credential) : List.of();
        for (int i = 0; i < statements.size(); i++) {
            int index = i;
            LaunchCredentialRules.check(statements.get(i), l.scope(), l.lookups())
                    .ifPresent(r -> {
                        String property = statements.size() == 1
                                ? r.property()
                                : r.property().replaceFirst("^statement", "statement[" + index + "]");
                        throw forbidden(property, r.message(), r.rule());
                    });
        }
        return after;
    }

    @Override
    public void check(
            DocumentRequest request,
            DocumentRequest.Operation operation,
            String contentType,
            byte[] body,
            Caller credential) {
        if (!isLaunchCredential(credential)) {
            return;
        }
        Optional<LaunchAccessService.Launch> launch = access.resolve(credential);
        if (launch.isEmpty()) {
            return;
        }
        LaunchAccessService.Launch l = launch.get();
        if (l.scope().kind() == Kind.CMI5_SESSION) {
            // the cmi5 rules first: their refusals name the cmi5 section an AU developer looks up (§10.2.1, §11)
            cmi5Documents.check(request, operation, credential);
        }
        LaunchCredentialRules.document(request, operation, l.scope()).ifPresent(r -> {
            throw forbidden(r.property(), r.message(), r.rule());
        });
    }

    /**
     * Decided by the key prefix before the transactional look-up: every statement and document write of every
     * credential passes here, and the look-up's interceptor alone cost 1.8 % of a single POST (docs/PERFORMANCE.md).
     */
    private static boolean isLaunchCredential(Caller credential) {
        return credential != null
                && LaunchAccessService.kindOf(credential.name()).isPresent();
    }

    /** A broken rule as every launch credential rule answers it: 403 naming the property and the rule. */
    static Refusal forbidden(String property, String message, String rule) {
        return new Refusal(Refusal.Kind.FORBIDDEN, property, property + ": " + message + " (" + rule + ")", rule);
    }
}
