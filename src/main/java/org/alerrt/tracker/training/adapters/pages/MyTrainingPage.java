package org.alerrt.tracker.training.adapters.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.alerrt.tracker.platform.web.pages.SignedInUser;
import org.alerrt.tracker.training.api.Level1Status;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.application.CompletionService;
import org.alerrt.tracker.training.application.CompletionView;
import org.alerrt.tracker.training.application.TrainingSettings;
import org.alerrt.tracker.training.domain.MandateStatus;

/** {@code /learner/}: the signed-in learner's completions and SB 1852 status; only ever the caller's own. */
@Named
@RequestScoped
public class MyTrainingPage {

    @Inject
    CompletionService completions;

    @Inject
    SignedInUser user;

    @Inject
    TrainingSettings settings;

    private List<CompletionView> rows;
    private MandateStatus mandate;

    public List<CompletionView> getCompletions() {
        if (rows == null) {
            rows = completions.ofLearner(user.learnerId());
        }
        return rows;
    }

    /** The Level 1 courses, for "3311 or 3315". */
    public String getLevel1Courses() {
        return settings.level1().courses().stream()
                .map(TcoleCourseNumber::value)
                .collect(Collectors.joining(" or "));
    }

    /** Today: hours for the current training unit, and Level 1. */
    public MandateStatus getMandate() {
        if (mandate == null) {
            mandate = completions.mandate(user.learnerId(), null);
        }
        return mandate;
    }

    public Level1Status getLevel1() {
        return getMandate().level1();
    }
}
