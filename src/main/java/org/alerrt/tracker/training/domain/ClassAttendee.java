package org.alerrt.tracker.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One officer in a class and their outcome; {@code statementId} is the xAPI statement that records it. */
@Embeddable
public class ClassAttendee {

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "statement_id", nullable = false, length = 36)
    private String statementId;

    protected ClassAttendee() {}

    public ClassAttendee(long learnerId, Outcome outcome, String statementId) {
        this.learnerId = learnerId;
        this.outcome = outcome;
        this.statementId = statementId;
    }

    public long learnerId() {
        return learnerId;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String statementId() {
        return statementId;
    }
}
