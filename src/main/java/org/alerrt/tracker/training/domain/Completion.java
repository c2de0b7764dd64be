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

/**
 * One learner's result in one course for one registration (unique), so TCOLE hours are counted once however
 * often statements arrive. Rules: a pass earns the course's whole hours, a fail none; a later pass in the same
 * registration upgrades a fail, a pass is never downgraded; credit is released to other contexts exactly once,
 * and only for a pass.
 */
@Entity
@Table(name = "completion")
public class Completion {

    public static final int MAX_REGISTRATION = 36;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "credit_hours", nullable = false)
    private int creditHours;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "statement_id", nullable = false, length = 36)
    private String statementId;

    @Column(name = "credit_released", nullable = false)
    private boolean creditReleased;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Completion() {
    }

    /** The first result for this learner, course and registration ({@code ""} when the statement had none). */
    public static Completion record(long learnerId, Course course, String registration, Outcome outcome,
                                    LocalDate completedOn, String statementId) {
        Completion c = new Completion();
        c.learnerId = learnerId;
        c.tcoleNumber = course.number().value();
        c.registration = registration == null ? "" : registration;
        if (c.registration.length() > MAX_REGISTRATION) {
            throw new InvalidValueException("registration", "must be a UUID");
        }
        c.set(course, outcome, completedOn, statementId);
        return c;
    }

    /**
     * A further result for the same registration. Only a pass after a fail changes anything: it upgrades to
     * PASSED with the course's hours and the date of the pass. A repeated pass keeps the first one's date.
     *
     * @return true when the completion changed
     */
    public boolean apply(Course course, Outcome next, LocalDate on, String fromStatement) {
        if (outcome == Outcome.FAILED && next == Outcome.PASSED) {
            set(course, next, on, fromStatement);
            return true;
        }
        return false;
    }

    private void set(Course course, Outcome outcome, LocalDate on, String fromStatement) {
        if (outcome == null || on == null || fromStatement == null) {
            throw new IllegalArgumentException("outcome, date and statement are required");
        }
        this.outcome = outcome;
        this.creditHours = course.creditHoursFor(outcome);
        this.completedOn = on;
        this.statementId = fromStatement;
        this.recordedAt = Instant.now();
    }

    /** Whole TCOLE hours earned: the course's hours at the time of the pass, 0 for a fail. */
    public int creditHours() {
        return outcome == Outcome.PASSED ? creditHours : 0;
    }

    public boolean earnsCredit() {
        return creditHours() > 0;
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

    public boolean creditHeld() {
        return earnsCredit() && !creditReleased;
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

    public Outcome outcome() {
        return outcome;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String statementId() {
        return statementId;
    }

    public boolean creditReleased() {
        return creditReleased;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
