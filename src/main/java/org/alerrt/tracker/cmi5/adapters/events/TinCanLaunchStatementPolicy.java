package org.alerrt.tracker.cmi5.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.cmi5.domain.Cmi5Course;
import org.alerrt.tracker.cmi5.domain.Cmi5CourseRepository;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.cmi5.domain.TinCanLaunchRules;
import org.alerrt.tracker.lrs.application.StatementPolicy;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.web.ApiException;
import org.alerrt.tracker.training.application.CatalogueService;

/**
 * {@link TinCanLaunchRules} for statements written with a Tin Can launch credential (403 naming the statement,
 * property and rule); other credentials are not concerned.
 */
@ApplicationScoped
public class TinCanLaunchStatementPolicy implements StatementPolicy {

    @Inject
    TinCanLaunchAccess access;

    @Inject
    RegistrationRepository registrations;

    @Inject
    CatalogueService catalogue;

    @Inject
    Cmi5CourseRepository courses;

    @Override
    public List<AfterInsert> check(List<JsonObject> statements, Caller credential) {
        Optional<TinCanLaunchAccess.Scope> scope = access.of(credential);
        if (scope.isEmpty()) {
            return List.of();
        }
        TinCanLaunchAccess.Scope s = scope.get();
        String tcole = registrations.find(s.registration()).flatMap(r -> courses.find(r.courseId()))
                .map(Cmi5Course::tcoleNumber).orElse(null);
        for (int i = 0; i < statements.size(); i++) {
            Optional<TinCanLaunchRules.Refusal> refusal = TinCanLaunchRules.check(statements.get(i), s.learner(),
                    s.registration(), iri -> catalogue.findByActivity(iri)
                            .map(c -> !c.number().value().equals(tcole)).orElse(false));
            if (refusal.isPresent()) {
                TinCanLaunchRules.Refusal r = refusal.get();
                String property = statements.size() == 1 ? r.property()
                        : r.property().replaceFirst("^statement", "statement[" + i + "]");
                throw new ApiException(403, property, property + ": " + r.message() + " (" + r.rule() + ")",
                        r.rule());
            }
        }
        return List.of();
    }
}
