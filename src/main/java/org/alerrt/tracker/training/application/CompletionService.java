package org.alerrt.tracker.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.alerrt.tracker.platform.web.ApiException;
import org.alerrt.tracker.training.domain.Completion;
import org.alerrt.tracker.training.domain.CompletionRepository;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.CourseRepository;
import org.alerrt.tracker.training.domain.Learner;
import org.alerrt.tracker.training.domain.LearnerRepository;
import org.alerrt.tracker.training.domain.Level1Requirement;
import org.alerrt.tracker.training.domain.Level1Status;
import org.alerrt.tracker.training.domain.MandateStatus;
import org.alerrt.tracker.training.domain.Outcome;
import org.alerrt.tracker.training.domain.TcoleCourseNumber;
import org.alerrt.tracker.training.domain.TrainingUnit;

/**
 * Completions: decides them from statements, lists them, and tells SB 1852 status (hours per unit, Level 1). The
 * rules are on {@link Completion}, {@link Course} and {@link Level1Requirement}; this service finds the parts and
 * keeps one transaction.
 */
@ApplicationScoped
public class CompletionService {

    private static final Logger LOG = Logger.getLogger(CompletionService.class.getName());
    public static final int MAX_LIMIT = 500;

    @Inject
    CompletionRepository completions;

    @Inject
    CourseRepository courses;

    @Inject
    LearnerRepository learners;

    @Inject
    CreditRelease credit;

    @Inject
    TrainingSettings settings;

    /**
     * Records what a passed/completed/failed statement about a course activity means. Idempotent: the same
     * statement again, or another one for the same registration, changes nothing unless it upgrades a fail.
     * An actor without a learner record gets one, flagged "PID missing", so the credit waits for the PID.
     *
     * @return the completion, empty when the statement does not finish a catalogue course
     */
    @Transactional
    public Optional<Completion> record(CompletionStatement s) {
        Optional<Course> found = courses.findByActivity(s.activityId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Course course = found.get();
        Optional<Outcome> outcome = course.completionRule().outcomeOf(s.verbId());
        if (outcome.isEmpty()) {
            return Optional.empty();
        }
        Learner learner = learners.findByActor(s.actor()).map(learners::lock).orElseGet(() -> {
            Learner seen = Learner.seenInStatement(s.actor(), s.actorName());
            learners.add(seen);
            LOG.info(() -> "Learner " + seen.id() + " created from statement " + s.statementId() + " (PID missing)");
            return seen;
        });
        LocalDate on = s.completedOn(settings.zone());
        Optional<Completion> existing = completions.find(learner.id(), course.number(), s.registration());
        Completion completion;
        if (existing.isPresent()) {
            completion = existing.get();
            completion.apply(course, outcome.get(), on, s.statementId());
        } else {
            completion = Completion.record(learner.id(), course, s.registration(), outcome.get(), on,
                    s.statementId());
            completions.add(completion);
        }
        credit.releaseIfDue(learner, completion, course);
        return Optional.of(completion);
    }

    /** Admin list, newest first; page on with {@code beforeId} = the last id seen (0 for the first page). */
    @Transactional
    public List<CompletionView> list(Long learnerId, TcoleCourseNumber course, boolean pidMissingOnly,
                                     long beforeId, int limit) {
        return views(completions.list(new CompletionRepository.Filter(learnerId, course, pidMissingOnly, beforeId,
                Math.max(1, Math.min(limit, MAX_LIMIT)))));
    }

    /** A learner's own completions, newest first. */
    @Transactional
    public List<CompletionView> ofLearner(long learnerId) {
        return views(completions.ofLearner(learnerId));
    }

    /**
     * SB 1852 on {@code on} (today in the configured zone when null): hours credited in the training unit containing
     * it, and Level 1 as of that day.
     */
    @Transactional
    public MandateStatus mandate(long learnerId, LocalDate on) {
        Learner learner = learners.find(learnerId).orElseThrow(() -> ApiException.notFound("no learner "
                + learnerId));
        LocalDate day = on != null ? on : settings.today();
        TrainingUnit unit = TrainingUnit.containing(day);
        int hours = completions.mandateHours(learnerId, unit.start(), unit.end());
        Level1Requirement level1 = settings.level1();
        return new MandateStatus(unit, hours, settings.mandateHours(), learner.pidMissing(),
                level1.statusOf(completions.credited(List.of(learnerId), level1.courses()), day));
    }

    /** Today's Level 1 status of each of these learners (an admin list), from one query. */
    @Transactional
    public Map<Long, Level1Status> level1Today(Collection<Long> learnerIds) {
        Level1Requirement level1 = settings.level1();
        Map<Long, List<Completion>> byLearner = new HashMap<>();
        for (Completion c : completions.credited(learnerIds, level1.courses())) {
            byLearner.computeIfAbsent(c.learnerId(), id -> new ArrayList<>()).add(c);
        }
        LocalDate today = settings.today();
        Map<Long, Level1Status> status = new HashMap<>();
        for (Long id : learnerIds) {
            status.put(id, level1.statusOf(byLearner.getOrDefault(id, List.of()), today));
        }
        return status;
    }

    private List<CompletionView> views(List<Completion> list) {
        Map<Long, Learner> learnerCache = new HashMap<>();
        Map<TcoleCourseNumber, Course> courseCache = new HashMap<>();
        return list.stream().map(c -> CompletionView.of(c,
                learnerCache.computeIfAbsent(c.learnerId(), id -> learners.find(id).orElseThrow()),
                courseCache.computeIfAbsent(c.tcoleNumber(), n -> courses.find(n).orElseThrow()))).toList();
    }
}
