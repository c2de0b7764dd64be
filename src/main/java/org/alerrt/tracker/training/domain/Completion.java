package org.alerrt.tracker.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.alerrt.tracker.training.api.TcoleCourseNumber;

/**
 * One learner's result in one course for one registration and attempt (unique), so TCOLE hours are counted once
 * however often statements arrive. Rules (docs/compliance.md):
 * <ul>
 * <li>a pass earns the course's whole hours (a 3312 Update module: its own hours), a partial TtT the user course's,
 * a fail none; a later, better result of the same attempt upgrades it, a result is never downgraded;</li>
 * <li>credit waiting for an administrator's decision (review PENDING) or withdrawn counts for nothing;</li>
 * <li>credit is released to other contexts exactly once per revision, and only when it earns something.</li>
 * </ul>
 */
@Entity
@Table(name = "completion")
public class Completion {

    public static final int MAX_REGISTRATION = 36;
    public static final int MAX_NOTE = 500;

    /** An administrator's decision is needed before the credit counts ({@link #reviewReason()} says why). */
    public enum Review {
        PENDING,
        DECIDED
    }

    @Id
    @SequenceGenerator(name = "completion_seq", sequenceName = "completion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "completion_seq")
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "tcole_number", nullable = false, length = 10)
    private String tcoleNumber;

    @Column(nullable = false, length = 36)
    private String registration;

    @Column(nullable = false)
    private int attempt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "credit_hours", nullable = false)
    private int creditHours;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Delivery delivery;

    @Column(name = "instructor_pids", length = 200)
    private String instructorPids;

    @Column(name = "module_description", length = MAX_NOTE)
    private String moduleDescription;

    @Column(name = "statement_id", nullable = false, length = 36)
    private String statementId;

    @Column(name = "credit_released", nullable = false)
    private boolean creditReleased;

    @Column(name = "credit_revision", nullable = false)
    private int creditRevision;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Review review;

    @Column(name = "review_reason", length = MAX_NOTE)
    private String reviewReason;

    @Column(length = MAX_NOTE)
    private String warning;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_reason", length = MAX_NOTE)
    private String withdrawnReason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Completion() {}

    /**
     * The first result for this learner, course, registration ({@code ""} when the statement had none) and attempt.
     *
     * @param hours the whole hours this result earns (from {@link CreditRule}), 0 for a fail
     */
    public static Completion record(
            long learnerId,
            Course course,
            String registration,
            int attempt,
            Outcome outcome,
            int hours,
            LocalDate completedOn,
            CompletionFacts facts,
            String statementId) {
        Completion c = new Completion();
        c.learnerId = learnerId;
        c.tcoleNumber = course.number().value();
        c.registration = registration == null ? "" : registration;
        if (c.registration.length() > MAX_REGISTRATION) {
            throw new InvalidValueException("registration", "must be a UUID");
        }
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1, was " + attempt);
        }
        c.attempt = attempt;
        c.creditRevision = 1;
        c.set(outcome, hours, completedOn, facts, statementId);
        return c;
    }

    /**
     * A further result for the same attempt. Only a better one changes anything (a pass after a fail or a partial
     * TtT): it takes that result's hours, facts and date. A repeated result keeps the first one's date.
     *
     * @return true when the completion changed
     */
    public boolean apply(Outcome next, int hours, LocalDate on, CompletionFacts facts, String fromStatement) {
        if (withdrawnAt != null || !next.betterThan(outcome)) {
            return false;
        }
        set(next, hours, on, facts, fromStatement);
        if (creditReleased) {
            creditRevision++; // what was certified changed: certificates and reports are replaced
        }
        return true;
    }

    private void set(Outcome outcome, int hours, LocalDate on, CompletionFacts facts, String fromStatement) {
        if (outcome == null || on == null || facts == null || fromStatement == null) {
            throw new IllegalArgumentException("outcome, date, facts and statement are required");
        }
        if (hours < 0 || (outcome == Outcome.FAILED && hours != 0)) {
            throw new IllegalArgumentException("a fail earns 0 hours, a pass 0 or more; got " + hours);
        }
        if (facts.startedOn() != null && facts.startedOn().isAfter(on)) {
            throw new InvalidValueException(
                    "startedOn", "the first block day " + facts.startedOn() + " is after the last " + on);
        }
        this.outcome = outcome;
        this.creditHours = hours;
        this.completedOn = on;
        this.startedOn = facts.startedOn();
        this.delivery = facts.delivery();
        this.instructorPids = facts.instructorPids().isEmpty() ? null : String.join(",", facts.instructorPids());
        this.moduleDescription = facts.moduleDescription();
        this.statementId = fromStatement;
        this.recordedAt = Instant.now();
    }

    /** Holds the credit until an administrator decides ({@link #decide}); reasons accumulate. */
    public void holdForReview(String reason) {
        Objects.requireNonNull(reason, "reason");
        review = Review.PENDING;
        reviewReason = clip(reviewReason == null ? reason : reviewReason + "; " + reason);
    }

    /**
     * An administrator's decision on held credit: how many of the proposed hours count (0 refuses the credit).
     *
     * @throws IllegalStateException when nothing waits for a decision
     */
    public void decide(int hours) {
        if (review != Review.PENDING) {
            throw new IllegalStateException("completion " + id + " is not waiting for a decision");
        }
        if (hours < 0 || hours > creditHours) {
            throw new InvalidValueException(
                    "hours", "must be 0 to " + creditHours + " (the hours proposed), was " + hours);
        }
        creditHours = hours;
        review = Review.DECIDED;
    }

    /** Adds a note for administrators that does not hold the credit. */
    public void warn(String note) {
        warning = clip(warning == null ? note : warning.contains(note) ? warning : warning + "; " + note);
    }

    /**
     * Takes the credit back (certificate revoked, deciding statement voided). The row and its history stay.
     *
     * @return true when credit already handed on is withdrawn now (then the caller publishes the withdrawal)
     */
    public boolean withdraw(String reason, Instant at) {
        if (withdrawnAt != null) {
            return false;
        }
        withdrawnAt = Objects.requireNonNull(at);
        withdrawnReason = clip(Objects.requireNonNull(reason));
        return creditReleased;
    }

    /** Whole TCOLE hours earned now: 0 for a fail, while a decision is pending, or once withdrawn. */
    public int creditHours() {
        return earnsCredit() ? creditHours : 0;
    }

    /** The hours this result would earn, before a pending decision or a withdrawal. */
    public int proposedHours() {
        return creditHours;
    }

    public boolean earnsCredit() {
        return outcome != Outcome.FAILED && creditHours > 0 && withdrawnAt == null && review != Review.PENDING;
    }

    /**
     * Marks the credit as handed on (certificate, TCOLE queue). Call only when the learner has a PID.
     *
     * @return true exactly once per credited completion: then the caller publishes the event
     */
    public boolean releaseCredit() {
        if (!earnsCredit() || creditReleased) {
            return false;
        }
        creditReleased = true;
        return true;
    }

    /**
     * What a certificate states about the officer changed after release (PID or name corrected).
     *
     * @return true when certificates and reports must be replaced (a new revision to publish)
     */
    public boolean revise() {
        if (!creditReleased || !earnsCredit()) {
            return false;
        }
        creditRevision++;
        return true;
    }

    public boolean creditHeld() {
        return earnsCredit() && !creditReleased;
    }

    public boolean reviewPending() {
        return review == Review.PENDING;
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    private static String clip(String s) {
        return s.length() <= MAX_NOTE ? s : s.substring(0, MAX_NOTE - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public long learnerId() {
        return learnerId;
    }

    public TcoleCourseNumber tcoleNumber() {
        return new TcoleCourseNumber(tcoleNumber);
    }

    public String registration() {
        return registration;
    }

    public int attempt() {
        return attempt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    /** First block day of a course delivered in blocks, else null. */
    public LocalDate startedOn() {
        return startedOn;
    }

    public Delivery delivery() {
        return delivery;
    }

    public List<String> instructorPids() {
        return instructorPids == null ? List.of() : Arrays.asList(instructorPids.split(","));
    }

    public String moduleDescription() {
        return moduleDescription;
    }

    public String statementId() {
        return statementId;
    }

    public boolean creditReleased() {
        return creditReleased;
    }

    public int creditRevision() {
        return creditRevision;
    }

    public Review review() {
        return review;
    }

    public String reviewReason() {
        return reviewReason;
    }

    public String warning() {
        return warning;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
