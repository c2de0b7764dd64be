package org.alerrt.tracker.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.alerrt.tracker.platform.json.JsonFields;
import org.alerrt.tracker.training.api.CourseResult;
import org.alerrt.tracker.training.api.CourseResults;
import org.alerrt.tracker.training.domain.CompletionRule;

/** {@link CourseResults} for the launchers: a result becomes a {@link CompletionStatement} of its activity. */
@ApplicationScoped
public class LauncherResults implements CourseResults {

    @Inject
    CompletionService completions;

    @Override
    @Transactional
    public void record(CourseResult result) {
        completions.record(new CompletionStatement(
                JsonFields.string(result.statement(), "id"),
                result.actor(),
                null,
                verbId(result.verb()),
                result.activityId(),
                result.registration(),
                CompletionStatement.from(result.statement())
                        .map(CompletionStatement::timestamp)
                        .orElseGet(Instant::now),
                result.statement()));
    }

    private static String verbId(CourseResult.Verb verb) {
        return switch (verb) {
            case PASSED -> CompletionRule.VERB_PASSED;
            case COMPLETED -> CompletionRule.VERB_COMPLETED;
            case FAILED -> CompletionRule.VERB_FAILED;
            case SATISFIED -> CompletionRule.VERB_SATISFIED;
        };
    }
}
