package org.alerrt.tracker.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.alerrt.tracker.platform.audit.AuditTrail;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.training.api.CompletionWithdrawn;
import org.alerrt.tracker.training.api.Level1Status;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.api.TrainingUnit;
import org.alerrt.tracker.training.domain.Completion;
import org.alerrt.tracker.training.domain.CompletionFacts;
import org.alerrt.tracker.training.domain.CompletionRepository;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.CourseRepository;
import org.alerrt.tracker.training.domain.CreditRule;
import org.alerrt.tracker.training.domain.Delivery;
import org.alerrt.tracker.training.domain.InvalidValueException;
import org.alerrt.tracker.training.domain.Learner;
import org.alerrt.tracker.training.domain.LearnerRepository;
import org.alerrt.tracker.training.domain.Level1Requirement;
import org.alerrt.tracker.training.domain.MandateStatus;
import org.alerrt.tracker.training.domain.Outcome;
import org.alerrt.tracker.training.domain.Pid;

/**
 * Completions: decides them from statements, lists them, and tells SB 1852 status (hours per unit, Level 1). The
 * rules are on {@link Completion}, {@link Course} and {@link Level1Requirement}; this service finds the parts and
 * keeps one transaction.
 */
@ApplicationScoped
public class CompletionService {

    private static final Logger LOG = Logger.getLogger(CompletionService.class.getName());
    public static final int MAX_LIMIT = 500;
    static final String SUBJECT = "completion";

    @Inject
    CompletionRepository completions;

    @Inject
    CourseRepository courses;

    @Inject
    LearnerRepository learners;

    @Inject
    CreditRelease creditRelease;

    @Inject
    AuditTrail audit;

    @Inject
    TrainingSettings settings;

    /**
     * Records what a passed/completed/failed statement about a course activity means (rules in docs/compliance.md).
     * Idempotent: the same statement again changes nothing; another one for the same attempt changes it only when it
     * is a better result. Without a registration, a result in another training unit, or after a fail, is a new
     * attempt (a retake). An actor without a learner record gets one, flagged "PID missing", so the credit waits
     * for the PID.
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
        Optional<Outcome> verbOutcome = course.completionRule().outcomeOf(s.verbId());
        if (verbOutcome.isEmpty()) {
            return Optional.empty();
        }
        Learner learner = learners.findByActor(s.actor()).map(learners::lock).orElseGet(() -> {
            Learner seen = Learner.seenInStatement(s.actor(), s.actorName());
            learners.add(seen);
            LOG.info(() -> "Learner " + seen.id() + " created from statement " + s.statementId() + " (PID missing)");
            return seen;
        });
        Optional<Completion> resent = completions.findByStatement(learner.id(), s.statementId());
        if (resent.isPresent()) {
            return resent;
        }
        LocalDate on = s.completedOn(settings.zone());
        AlerrtProfile.Data profile = AlerrtProfile.read(s.statement(), settings.instructorHomePage());
        List<String> problems = new ArrayList<>(profile.problems());
        CompletionFacts facts = profile.facts(course.delivery(), problems);
        if (facts.startedOn() != null && facts.startedOn().isAfter(on)) {
            problems.add("context extension " + AlerrtProfile.BLOCK_START + " " + facts.startedOn()
                    + " is after the completion date " + on + " (the last block day)");
            facts = new CompletionFacts(
                    facts.delivery(), facts.instructorPids(), null, facts.moduleHours(), facts.moduleDescription());
        }
        CreditRule.Credit credit = settings.creditRule()
                .creditFor(course, verbOutcome.get(), profile.userPortionPassed(), facts, courses::find);
        Optional<Completion> current = completions.find(learner.id(), course.number(), s.registration());
        Completion completion;
        String action;
        int revision = 0;
        if (current.isEmpty() || isRetake(s, current.get(), credit.outcome(), on)) {
            int attempt = current.map(c -> c.attempt() + 1).orElse(1);
            completion = Completion.record(
                    learner.id(),
                    course,
                    s.registration(),
                    attempt,
                    credit.outcome(),
                    credit.hours(),
                    on,
                    facts,
                    s.statementId());
            completions.add(completion);
            action = attempt == 1 ? "RECORDED" : "RETAKE_RECORDED";
        } else {
            completion = current.get();
            revision = completion.creditRevision();
            if (!completion.apply(credit.outcome(), credit.hours(), on, facts, s.statementId())) {
                return current;
            }
            action = "UPGRADED";
        }
        review(completion, learner, course, problems, credit);
        audit(completion, action, null);
        if (!creditRelease.releaseIfDue(learner, completion, course)
                && revision > 0
                && completion.creditRevision() > revision
                && completion.earnsCredit()) {
            creditRelease.publishRevision(learner, completion, course); // e.g. a partial TtT upgraded to a pass
        }
        return Optional.of(completion);
    }

    /**
     * Without a registration nothing ties two statements to one sitting, so a result in another training unit, or a
     * pass after a fail, is a new attempt; with one, the registration is the attempt (cmi5, Tin Can).
     */
    private static boolean isRetake(CompletionStatement s, Completion latest, Outcome next, LocalDate on) {
        if (!s.registration().isEmpty()) {
            return false;
        }
        boolean otherUnit = !TrainingUnit.containing(latest.completedOn()).contains(on);
        return otherUnit || (latest.outcome() == Outcome.FAILED && next != Outcome.FAILED);
    }

    /** Holds what must be decided by an administrator, and notes what they should know. */
    private void review(
            Completion completion, Learner learner, Course course, List<String> problems, CreditRule.Credit credit) {
        problems.forEach(completion::holdForReview);
        credit.reviewReasons().forEach(completion::holdForReview);
        credit.warnings().forEach(completion::warn);
        if (!completion.earnsCredit()) {
            return;
        }
        TrainingUnit unit = TrainingUnit.containing(completion.completedOn());
        settings.creditRule()
                .overCap(
                        course.number(),
                        completions.creditedHours(
                                learner.id(), course.number(), unit.start(), unit.end(), completion.id()),
                        completion.proposedHours(),
                        unit)
                .ifPresent(completion::holdForReview);
        int credited = completions.creditedCount(learner.id(), course.number(), unit.start(), unit.end());
        if (credited > settings.repeatWarningAfter()) {
            completion.warn(course.number() + " credited " + credited + " times in training unit " + unit
                    + ": TCOLE may refuse credit for a course taken more than " + settings.repeatWarningAfter()
                    + " times in a unit (37 TAC §218.1(c))");
        }
        if (completion.delivery() == Delivery.INDIRECT) {
            warnAboutInstructors(completion, course);
        }
    }

    /** Indirect delivery is taught by a local ALERRT Certified Instructor: one who passed the course's TtT. */
    private void warnAboutInstructors(Completion completion, Course course) {
        if (completion.instructorPids().isEmpty()) {
            completion.warn("indirect delivery without an instructor's PID: the agency's roster needs the PID of an"
                    + " ALERRT Certified Instructor");
            return;
        }
        Set<TcoleCourseNumber> trainerCourses = settings.creditRule().trainers().trainerCoursesFor(course.number());
        for (String pid : completion.instructorPids()) {
            if (!certifiedInstructor(pid, trainerCourses)) {
                completion.warn("instructor PID " + pid + " has no ALERRT Certified Instructor status for "
                        + course.number() + " (no passed "
                        + (trainerCourses.isEmpty()
                                ? "Train-the-Trainer"
                                : trainerCourses.stream()
                                        .map(TcoleCourseNumber::value)
                                        .sorted()
                                        .collect(Collectors.joining(" or ")))
                        + " on record)");
            }
        }
    }

    private boolean certifiedInstructor(String pid, Set<TcoleCourseNumber> trainerCourses) {
        if (trainerCourses.isEmpty()) {
            return false;
        }
        List<Long> ids =
                learners.findByPid(new Pid(pid)).stream().map(Learner::id).toList();
        return completions.credited(ids, trainerCourses).stream().anyMatch(c -> c.outcome() == Outcome.PASSED);
    }

    /**
     * An administrator's decision on credit held for review: how many of the proposed hours count (0 refuses it).
     * Releases the credit when the learner has a PID.
     */
    @Transactional
    public Completion decide(long completionId, int hours, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "is required: say why these hours count or not");
        }
        Completion completion =
                completions.find(completionId).orElseThrow(() -> Refusal.notFound("no completion " + completionId));
        Learner learner = learners.lock(learners.find(completion.learnerId()).orElseThrow());
        int proposed = completion.proposedHours();
        try {
            completion.decide(hours);
        } catch (IllegalStateException e) {
            throw Refusal.conflict("review", e.getMessage());
        }
        audit.record(by, SUBJECT, completion.id(), "DECIDED", reason.strip(), hours + " of " + proposed + " h count");
        creditRelease.releaseIfDue(
                learner, completion, courses.find(completion.tcoleNumber()).orElseThrow());
        return completion;
    }

    /**
     * Takes a completion's credit back (certificate revoked, deciding statement voided): the mandate no longer counts
     * it, and when the credit was handed on, {@link TrainingEvents#COMPLETION_WITHDRAWN} tells certificates and
     * reporting. Idempotent.
     */
    @Transactional
    public boolean withdraw(long completionId, CompletionWithdrawn.Reason reason, String detail, String by) {
        Optional<Completion> found = completions.find(completionId);
        if (found.isEmpty()) {
            return false;
        }
        Completion completion = found.get();
        learners.lock(learners.find(completion.learnerId()).orElseThrow());
        if (completion.withdrawn()) {
            return false;
        }
        String why = switch (reason) {
                    case STATEMENT_VOIDED -> "the statement that earned it was voided";
                    case CERTIFICATE_REVOKED -> "its certificate was revoked";
                }
                + (detail == null || detail.isBlank() ? "" : ": " + detail.strip());
        if (completion.withdraw(why, Instant.now())) {
            creditRelease.publishWithdrawal(
                    new CompletionWithdrawn(completion.id(), completion.learnerId(), reason, detail, by));
        }
        audit.record(by, SUBJECT, completion.id(), "CREDIT_WITHDRAWN", why, completion.proposedHours() + " h");
        return true;
    }

    /** Voiding (xAPI 1.0.3 §2.4.8): the completions the voided statement decided lose their credit. */
    @Transactional
    public int statementVoided(String voidedStatementId, String voidingStatementId) {
        int withdrawn = 0;
        for (Completion c : completions.decidedBy(voidedStatementId.toLowerCase(Locale.ROOT))) {
            if (withdraw(
                    c.id(),
                    CompletionWithdrawn.Reason.STATEMENT_VOIDED,
                    "voiding statement " + voidingStatementId,
                    AuditTrail.SYSTEM)) {
                withdrawn++;
            }
        }
        return withdrawn;
    }

    @Transactional
    public Optional<CompletionView> view(long completionId) {
        return completions.find(completionId).map(c -> views(List.of(c)).get(0));
    }

    /** Credit held for an administrator's decision, oldest first. */
    @Transactional
    public List<CompletionView> pendingReview(int limit) {
        return views(completions.pendingReview(Math.max(1, Math.min(limit, MAX_LIMIT))));
    }

    private void audit(Completion c, String action, String reason) {
        audit.record(
                AuditTrail.SYSTEM,
                SUBJECT,
                c.id(),
                action,
                reason,
                c.tcoleNumber() + " " + c.outcome() + " "
                        + c.proposedHours() + " h on " + c.completedOn() + ", " + c.delivery()
                        + (c.reviewPending() ? ", held: " + c.reviewReason() : "")
                        + (c.warning() != null ? ", warning: " + c.warning() : "")
                        + ", statement " + c.statementId());
    }

    /** Admin list, newest first; page on with {@code beforeId} = the last id seen (0 for the first page). */
    @Transactional
    public List<CompletionView> list(
            Long learnerId, TcoleCourseNumber course, boolean pidMissingOnly, long beforeId, int limit) {
        return views(completions.list(new CompletionRepository.Filter(
                learnerId, course, pidMissingOnly, beforeId, Math.max(1, Math.min(limit, MAX_LIMIT)))));
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
        Learner learner = learners.find(learnerId).orElseThrow(() -> Refusal.notFound("no learner " + learnerId));
        LocalDate day = on != null ? on : settings.today();
        TrainingUnit unit = TrainingUnit.containing(day);
        int hours = completions.mandateHours(learnerId, unit.start(), unit.end());
        Level1Requirement level1 = settings.level1();
        return new MandateStatus(
                unit,
                hours,
                settings.mandateHours(),
                learner.pidMissing(),
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

    /** The rows with their learners and courses: one query for the page's learners, not one per row. */
    private List<CompletionView> views(List<Completion> list) {
        Map<Long, Learner> learnersById = new HashMap<>();
        learners.findAll(list.stream().map(Completion::learnerId).distinct().toList())
                .forEach(l -> learnersById.put(l.id(), l));
        Map<TcoleCourseNumber, Course> courseCache = new HashMap<>();
        return list.stream()
                .map(c -> CompletionView.of(
                        c,
                        Optional.ofNullable(learnersById.get(c.learnerId())).orElseThrow(),
                        courseCache.computeIfAbsent(
                                c.tcoleNumber(), n -> courses.find(n).orElseThrow())))
                .toList();
    }
}
