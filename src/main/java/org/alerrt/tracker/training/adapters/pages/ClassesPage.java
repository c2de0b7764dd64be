package org.alerrt.tracker.training.adapters.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.web.pages.Pages;
import org.alerrt.tracker.training.application.CatalogueService;
import org.alerrt.tracker.training.application.ClassCsv;
import org.alerrt.tracker.training.application.ClassRecord;
import org.alerrt.tracker.training.application.ClassService;
import org.alerrt.tracker.training.application.CsvProblem;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.TrainingClass;

/**
 * {@code /admin/classes}: record one in-person class (attendees as "PID,OUTCOME" lines) or import a CSV of classes;
 * every problem is listed and nothing is recorded until all are fixed. Lists the newest classes.
 */
@Named
@RequestScoped
public class ClassesPage {

    static final String FORM = "record";
    static final String IMPORT = "import";
    static final int PAGE = 50;

    @Inject
    ClassService classes;

    @Inject
    CatalogueService catalogue;

    @Inject
    SecurityContext security;

    private String reference;
    private String course;
    private String delivery;
    private String instructors;
    private String blockDays;
    private Integer hours;
    private String moduleDescription;
    private String attendees;
    private String csvText;
    private List<CsvProblem> problems = List.of();
    private List<TrainingClass> rows;
    private List<Course> courses;

    public void record() {
        List<ClassRecord.Attendance> list = new ArrayList<>();
        String[] lines = attendees == null ? new String[0] : attendees.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] parts = lines[i].split("[,;\\s]+", 2);
            list.add(new ClassRecord.Attendance(i + 1, parts[0].strip(), parts.length > 1 ? parts[1].strip() : ""));
        }
        ClassRecord record = new ClassRecord(
                0,
                reference == null ? "" : reference,
                course,
                delivery == null || delivery.isBlank() ? null : delivery,
                words(instructors),
                words(blockDays),
                hours,
                moduleDescription,
                list);
        if (save(List.of(record), FORM)) {
            reference = null;
            attendees = null;
        }
    }

    public void importCsv() {
        if (csvText == null || csvText.isBlank()) {
            Pages.error(IMPORT, "csvText", "csvText: paste the CSV rows, header first.");
            return;
        }
        ClassCsv.Parsed parsed = ClassCsv.parse(csvText);
        problems = parsed.problems();
        if (!problems.isEmpty()) {
            Pages.error(IMPORT, null, problems.size() + " bad line(s), nothing recorded. Fix the lines listed below.");
            return;
        }
        if (save(parsed.classes(), IMPORT)) {
            csvText = null;
        }
    }

    private boolean save(List<ClassRecord> records, String form) {
        problems = classes.check(records);
        if (!problems.isEmpty()) {
            Pages.error(form, null, problems.size() + " problem(s), nothing recorded. Fix them and save again.");
            return false;
        }
        try {
            List<TrainingClass> saved =
                    classes.record(records, security.getCallerPrincipal().getName());
            Pages.info("Recorded " + saved.size() + " class(es): "
                    + saved.stream().mapToInt(c -> c.attendees().size()).sum()
                    + " attendee result(s); completions follow in a moment.");
            rows = null;
            return true;
        } catch (Refusal e) {
            Pages.error(form, e);
            return false;
        }
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.strip().split("[,;\\s]+"))
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public List<TrainingClass> getRows() {
        if (rows == null) {
            rows = classes.list(0, PAGE);
        }
        return rows;
    }

    public List<Course> getCourses() {
        if (courses == null) {
            courses = catalogue.list();
        }
        return courses;
    }

    public List<CsvProblem> getProblems() {
        return problems;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getDelivery() {
        return delivery;
    }

    public void setDelivery(String delivery) {
        this.delivery = delivery;
    }

    public String getInstructors() {
        return instructors;
    }

    public void setInstructors(String instructors) {
        this.instructors = instructors;
    }

    public String getBlockDays() {
        return blockDays;
    }

    public void setBlockDays(String blockDays) {
        this.blockDays = blockDays;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public String getModuleDescription() {
        return moduleDescription;
    }

    public void setModuleDescription(String moduleDescription) {
        this.moduleDescription = moduleDescription;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public String getCsvText() {
        return csvText;
    }

    public void setCsvText(String csvText) {
        this.csvText = csvText;
    }
}
