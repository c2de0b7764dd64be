package org.alerrt.tracker.training.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.alerrt.tracker.training.api.TcoleCourseNumber;

/**
 * A catalogue course, keyed by its TCOLE number. Holds the credit rule: a passing completion earns the course's
 * whole credit hours, a failed one none. Administrators may edit it; the catalogue file never overwrites edits.
 */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @Column(name = "tcole_number", length = 10)
    private String tcoleNumber;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Delivery delivery;

    @Column(name = "credit_hours", nullable = false)
    private int creditHours;

    @Column(name = "counts_toward_mandate", nullable = false)
    private boolean countsTowardMandate;

    @Enumerated(EnumType.STRING)
    @Column(name = "completion_rule", nullable = false, length = 20)
    private CompletionRule completionRule;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_activity", joinColumns = @JoinColumn(name = "tcole_number"))
    @Column(name = "activity_iri", length = 2000)
    private Set<String> activityIris = new LinkedHashSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Course() {}

    public Course(CourseDefinition definition) {
        this.tcoleNumber = definition.number().value();
        apply(definition);
    }

    /** Replaces the definition; the number never changes. Earlier completions keep the hours they were given. */
    public void redefine(CourseDefinition definition) {
        if (!definition.number().value().equals(tcoleNumber)) {
            throw new InvalidValueException("tcoleNumber", "a course's TCOLE number cannot change");
        }
        apply(definition);
    }

    private void apply(CourseDefinition d) {
        this.title = d.title();
        this.delivery = d.delivery();
        this.creditHours = d.creditHours();
        this.countsTowardMandate = d.countsTowardMandate();
        this.completionRule = d.completionRule();
        this.activityIris.clear();
        this.activityIris.addAll(d.activityIris());
        this.updatedAt = Instant.now();
    }

    /** Hours a completion with this outcome earns: all of the course's whole hours for a pass, none otherwise. */
    public int creditHoursFor(Outcome outcome) {
        return outcome == Outcome.PASSED ? creditHours : 0;
    }

    public CourseDefinition definition() {
        return new CourseDefinition(
                number(), title, delivery, creditHours, countsTowardMandate, completionRule, List.copyOf(activityIris));
    }

    public TcoleCourseNumber number() {
        return new TcoleCourseNumber(tcoleNumber);
    }

    public String title() {
        return title;
    }

    public Delivery delivery() {
        return delivery;
    }

    public int creditHours() {
        return creditHours;
    }

    public boolean countsTowardMandate() {
        return countsTowardMandate;
    }

    public CompletionRule completionRule() {
        return completionRule;
    }

    public List<String> activityIris() {
        return List.copyOf(activityIris);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
