package org.alerrt.tracker.training.adapters.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.web.pages.Pages;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.application.CatalogueService;
import org.alerrt.tracker.training.domain.CompletionRule;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.CourseDefinition;
import org.alerrt.tracker.training.domain.Delivery;
import org.alerrt.tracker.training.domain.InvalidValueException;

/** {@code /admin/courses}: the catalogue and a form to add or change a course. View scoped: the form spans posts. */
@Named
@ViewScoped
public class CoursesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "course";

    @Inject
    CatalogueService catalogue;

    private transient List<Course> courses;
    private boolean editing;
    private boolean adding;
    private String tcoleNumber;
    private String title;
    private String delivery;
    private Integer creditHours;
    private boolean countsTowardMandate;
    private String completionRule;
    private String activityIris;

    public List<Course> getCourses() {
        if (courses == null) {
            courses = catalogue.list();
        }
        return courses;
    }

    public void add() {
        editing = true;
        adding = true;
        tcoleNumber = null;
        title = null;
        delivery = Delivery.ONLINE.name();
        creditHours = null;
        countsTowardMandate = true;
        completionRule = CompletionRule.PASSED.name();
        activityIris = null;
    }

    public void edit(String number) {
        catalogue
                .find(TcoleCourseNumber.of(number))
                .ifPresentOrElse(
                        c -> {
                            editing = true;
                            adding = false;
                            tcoleNumber = c.number().value();
                            title = c.title();
                            delivery = c.delivery().name();
                            creditHours = c.creditHours();
                            countsTowardMandate = c.countsTowardMandate();
                            completionRule = c.completionRule().name();
                            activityIris = String.join("\n", c.activityIris());
                        },
                        () -> Pages.error(null, null, "Course " + number + " is not in the catalogue any more."));
    }

    public void save() {
        try {
            TcoleCourseNumber number = TcoleCourseNumber.of(tcoleNumber);
            if (adding && catalogue.find(number).isPresent()) {
                Pages.error(
                        FORM,
                        "tcoleNumber",
                        "tcoleNumber: course " + number + " is already in the catalogue; edit it from the table.");
                return;
            }
            CourseDefinition definition = new CourseDefinition(
                    number,
                    title,
                    Delivery.parse(delivery, "delivery"),
                    creditHours == null ? 0 : creditHours,
                    countsTowardMandate,
                    CompletionRule.parse(completionRule, "completionRule"),
                    lines(activityIris));
            CatalogueService.Saved saved = catalogue.save(definition);
            Pages.info((saved.created() ? "Added course " : "Saved course ") + number + ".");
            editing = false;
            adding = false;
            courses = null;
        } catch (InvalidValueException e) {
            Pages.error(FORM, e.field(), e.getMessage());
        } catch (Refusal e) {
            Pages.error(FORM, e);
        }
    }

    public void cancel() {
        editing = false;
        adding = false;
    }

    /** One IRI per line; blank lines are ignored. */
    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }

    public CompletionRule[] getCompletionRules() {
        return CompletionRule.values();
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isAdding() {
        return adding;
    }

    public String getTcoleNumber() {
        return tcoleNumber;
    }

    public void setTcoleNumber(String tcoleNumber) {
        this.tcoleNumber = tcoleNumber;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDelivery() {
        return delivery;
    }

    public void setDelivery(String delivery) {
        this.delivery = delivery;
    }

    public Integer getCreditHours() {
        return creditHours;
    }

    public void setCreditHours(Integer creditHours) {
        this.creditHours = creditHours;
    }

    public boolean isCountsTowardMandate() {
        return countsTowardMandate;
    }

    public void setCountsTowardMandate(boolean countsTowardMandate) {
        this.countsTowardMandate = countsTowardMandate;
    }

    public String getCompletionRule() {
        return completionRule;
    }

    public void setCompletionRule(String completionRule) {
        this.completionRule = completionRule;
    }

    public String getActivityIris() {
        return activityIris;
    }

    public void setActivityIris(String activityIris) {
        this.activityIris = activityIris;
    }
}
