package org.alerrt.tracker.training.adapters.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.web.pages.Pages;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.application.CatalogueService;
import org.alerrt.tracker.training.application.CompletionService;
import org.alerrt.tracker.training.application.CompletionView;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.InvalidValueException;

/** {@code /admin/completions}: newest first, filtered by course and "PID missing". */
@Named
@ViewScoped
public class CompletionsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 200;

    @Inject
    CompletionService completions;

    @Inject
    CatalogueService catalogue;

    @Inject
    SecurityContext security;

    private boolean pidMissing;
    private boolean reviewPending;
    private Integer decisionHours;
    private String decisionReason;
    private String course;
    private transient List<CompletionView> rows;
    private transient List<Course> courses;

    public List<CompletionView> getRows() {
        if (rows == null) {
            TcoleCourseNumber number = null;
            if (course != null && !course.isBlank()) {
                try {
                    number = TcoleCourseNumber.of(course);
                } catch (InvalidValueException e) {
                    Pages.error("filter", "course", e.getMessage());
                    return List.of();
                }
            }
            rows = reviewPending
                    ? completions.pendingReview(PAGE)
                    : completions.list(null, number, pidMissing, 0, PAGE);
        }
        return rows;
    }

    public boolean isMore() {
        return getRows().size() == PAGE;
    }

    public List<Course> getCourses() {
        if (courses == null) {
            courses = catalogue.list();
        }
        return courses;
    }

    public void filter() {
        rows = null;
    }

    /** An administrator's decision on held credit (a 3312 module over the cap, a record that breaks the profile). */
    public void decide(long completionId) {
        try {
            completions.decide(
                    completionId,
                    decisionHours == null ? -1 : decisionHours,
                    decisionReason,
                    security.getCallerPrincipal().getName());
            Pages.info("Decided: " + decisionHours + " hour(s) count for completion " + completionId + ".");
            decisionHours = null;
            decisionReason = null;
            rows = null;
        } catch (InvalidValueException e) {
            Pages.error(null, null, e.getMessage());
        } catch (Refusal e) {
            Pages.error(null, e);
        }
    }

    public boolean isReviewPending() {
        return reviewPending;
    }

    public void setReviewPending(boolean reviewPending) {
        this.reviewPending = reviewPending;
    }

    public Integer getDecisionHours() {
        return decisionHours;
    }

    public void setDecisionHours(Integer decisionHours) {
        this.decisionHours = decisionHours;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public boolean isPidMissing() {
        return pidMissing;
    }

    public void setPidMissing(boolean pidMissing) {
        this.pidMissing = pidMissing;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }
}
