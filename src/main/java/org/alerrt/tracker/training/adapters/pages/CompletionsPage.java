package org.alerrt.tracker.training.adapters.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.alerrt.tracker.platform.web.pages.Pages;
import org.alerrt.tracker.training.application.CatalogueService;
import org.alerrt.tracker.training.application.CompletionService;
import org.alerrt.tracker.training.application.CompletionView;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.InvalidValueException;
import org.alerrt.tracker.training.domain.TcoleCourseNumber;

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

    private boolean pidMissing;
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
            rows = completions.list(null, number, pidMissing, 0, PAGE);
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

    public boolean isPidMissing() { return pidMissing; }
    public void setPidMissing(boolean pidMissing) { this.pidMissing = pidMissing; }
    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
}
