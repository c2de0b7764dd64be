package org.alerrt.tracker.training.adapters.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.alerrt.tracker.platform.web.pages.SignedInUser;
import org.alerrt.tracker.training.application.CompletionService;
import org.alerrt.tracker.training.application.CompletionView;
import org.alerrt.tracker.training.domain.MandateStatus;

/** {@code /learner/}: the signed-in learner's completions and SB 1852 hours; only ever the caller's own. */
@Named
@RequestScoped
public class MyTrainingPage {

    @Inject
    CompletionService completions;

    @Inject
    SignedInUser user;

    private List<CompletionView> rows;
    private MandateStatus mandate;

    public List<CompletionView> getCompletions() {
        if (rows == null) {
            rows = completions.ofLearner(user.learnerId());
        }
        return rows;
    }

    /** For the current training unit. */
    public MandateStatus getMandate() {
        if (mandate == null) {
            mandate = completions.mandate(user.learnerId(), null);
        }
        return mandate;
    }
}
