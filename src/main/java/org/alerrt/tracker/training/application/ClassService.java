package org.alerrt.tracker.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alerrt.tracker.lrs.api.StatementLog;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.platform.audit.AuditTrail;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.Roles;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.domain.ClassAttendee;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.CourseRepository;
import org.alerrt.tracker.training.domain.Delivery;
import org.alerrt.tracker.training.domain.InvalidValueException;
import org.alerrt.tracker.training.domain.Learner;
import org.alerrt.tracker.training.domain.LearnerRepository;
import org.alerrt.tracker.training.domain.Outcome;
import org.alerrt.tracker.training.domain.Pid;
import org.alerrt.tracker.training.domain.TrainingClass;
import org.alerrt.tracker.training.domain.TrainingClassRepository;

/**
 * In-person classes: checks what an administrator entered (every problem, with its line and field), records the
 * classes and stores each attendee's result as an xAPI statement in the same transaction, all or nothing. The
 * completion decider then credits them exactly as it credits online courses.
 */
@ApplicationScoped
public class ClassService {

    /** The authority of class statements (xAPI Data §2.4.9): recorded by ALERRT staff through the tracker. */
    static final String RECORDER = "alerrt-class-records";

    @Inject
    TrainingClassRepository classes;

    @Inject
    CourseRepository courses;

    @Inject
    LearnerRepository learners;

    @Inject
    StatementLog statements;

    @Inject
    TrainingSettings settings;

    @Inject
    AuditTrail audit;

    /** What {@link #record} would refuse, one problem per bad line (or field), for a page to list; writes nothing. */
    @Transactional
    public List<CsvProblem> check(List<ClassRecord> records) {
        List<CsvProblem> problems = new ArrayList<>();
        prepare(records, "check", problems);
        return problems;
    }

    /** @throws Refusal 400 listing every problem when any record is refused: then nothing is written */
    @Transactional
    public List<TrainingClass> record(List<ClassRecord> records, String by) {
        List<CsvProblem> problems = new ArrayList<>();
        List<Prepared> prepared = prepare(records, by, problems);
        if (!problems.isEmpty()) {
            CsvProblem first = problems.get(0);
            throw Refusal.invalid(
                    first.line() > 0 ? "line " + first.line() + ": " + first.field() : first.field(),
                    problems.size() + " problem(s), nothing recorded: "
                            + problems.stream()
                                    .map(p -> p.line() > 0 ? p.toString() : p.field() + ": " + p.message())
                                    .collect(Collectors.joining("; ")));
        }
        List<JsonObject> toStore = new ArrayList<>();
        for (Prepared p : prepared) {
            classes.add(p.trainingClass());
            audit.record(
                    by,
                    "training_class",
                    p.trainingClass().id(),
                    "RECORDED",
                    null,
                    p.trainingClass().reference()
                            + ": " + p.trainingClass().tcoleNumber() + " "
                            + p.trainingClass().delivery() + ", "
                            + p.trainingClass().attendees().size() + " attendee(s), last day "
                            + p.trainingClass().lastDay());
            for (ClassAttendee a : p.trainingClass().attendees()) {
                toStore.add(ClassStatements.of(
                        p.trainingClass(),
                        a,
                        p.actors().get(a.learnerId()).actor(),
                        p.activityIri(),
                        settings.instructorHomePage(),
                        settings.zone()));
            }
        }
        statements.store(toStore, new Caller(RECORDER, Set.of(Roles.LRS), 0L), XapiVersion.V1_0_3);
        return prepared.stream().map(Prepared::trainingClass).toList();
    }

    @Transactional
    public Optional<TrainingClass> find(long id) {
        return classes.find(id);
    }

    @Transactional
    public List<TrainingClass> list(long beforeId, int limit) {
        return classes.list(beforeId, Math.max(1, Math.min(limit, 500)));
    }

    private record Prepared(TrainingClass trainingClass, Map<Long, Learner> actors, String activityIri) {}

    private List<Prepared> prepare(List<ClassRecord> records, String by, List<CsvProblem> problems) {
        List<Prepared> prepared = new ArrayList<>();
        Set<String> references = new HashSet<>();
        for (ClassRecord r : records) {
            int before = problems.size();
            if (!references.add(r.reference().strip())) {
                problems.add(new CsvProblem(r.line(), "reference", "class " + r.reference() + " is listed twice"));
            }
            classes.findByReference(r.reference().strip())
                    .ifPresent(existing -> problems.add(new CsvProblem(
                            r.line(),
                            "reference",
                            "class " + r.reference() + " is already recorded (class " + existing.id() + ")")));
            Optional<Course> course = course(r, problems);
            Delivery delivery = field(
                    r.line(), problems, () -> r.delivery() == null ? null : Delivery.parse(r.delivery(), "delivery"));
            List<Pid> instructors = new ArrayList<>();
            for (String pid : r.instructorPids()) {
                Pid p = field(r.line(), problems, () -> Pid.of(pid, settings.pidPattern()));
                if (p != null) {
                    instructors.add(p);
                }
            }
            List<LocalDate> days = new ArrayList<>();
            for (String day : r.blockDays()) {
                try {
                    days.add(LocalDate.parse(day));
                } catch (DateTimeParseException e) {
                    problems.add(new CsvProblem(r.line(), "blockDays", "'" + day + "' is not a date YYYY-MM-DD"));
                }
            }
            Map<Long, Outcome> outcomes = new LinkedHashMap<>();
            Map<Long, String> statementIds = new LinkedHashMap<>();
            Map<Long, Learner> attendees = new LinkedHashMap<>();
            for (ClassRecord.Attendance a : r.attendees()) {
                Optional<Learner> learner = attendee(a, problems);
                Outcome outcome = outcome(a, problems);
                if (learner.isEmpty() || outcome == null) {
                    continue;
                }
                if (attendees.put(learner.get().id(), learner.get()) != null) {
                    problems.add(new CsvProblem(
                            a.line(), "pid", "PID " + a.pid() + " is listed twice in class " + r.reference()));
                }
                outcomes.put(learner.get().id(), outcome);
                statementIds.put(learner.get().id(), UUID.randomUUID().toString());
            }
            if (course.isEmpty() || problems.size() > before) {
                continue;
            }
            TrainingClass c = field(
                    r.line(),
                    problems,
                    () -> TrainingClass.record(
                            r.reference(),
                            course.get(),
                            delivery,
                            instructors,
                            days,
                            r.hours(),
                            r.moduleDescription(),
                            outcomes,
                            statementIds,
                            settings.creditRule().updateCourse(),
                            settings.creditRule().trainers(),
                            settings.today(),
                            by,
                            Instant.now()));
            if (c != null) {
                prepared.add(
                        new Prepared(c, attendees, course.get().activityIris().get(0)));
            }
        }
        return prepared;
    }

    private Optional<Course> course(ClassRecord r, List<CsvProblem> problems) {
        TcoleCourseNumber number = field(r.line(), problems, () -> TcoleCourseNumber.of(r.tcoleNumber()));
        if (number == null) {
            return Optional.empty();
        }
        Optional<Course> course = courses.find(number);
        if (course.isEmpty()) {
            problems.add(new CsvProblem(r.line(), "tcoleNumber", "no course " + number + " in the catalogue"));
        } else if (course.get().activityIris().isEmpty()) {
            problems.add(new CsvProblem(
                    r.line(),
                    "tcoleNumber",
                    "course " + number + " has no activity IRI in the catalogue: add one first"));
            return Optional.empty();
        }
        return course;
    }

    private Optional<Learner> attendee(ClassRecord.Attendance a, List<CsvProblem> problems) {
        Pid pid = field(a.line(), problems, () -> Pid.of(a.pid(), settings.pidPattern()));
        if (pid == null) {
            return Optional.empty();
        }
        List<Learner> found = learners.findByPid(pid);
        if (found.size() != 1) {
            problems.add(new CsvProblem(
                    a.line(),
                    "pid",
                    found.isEmpty()
                            ? "no learner with PID " + pid + ": add the officer (Learners page or roster import) first"
                            : found.size() + " learners share PID " + pid + ": correct the learner records first"));
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    private static Outcome outcome(ClassRecord.Attendance a, List<CsvProblem> problems) {
        String raw = a.outcome() == null ? "" : a.outcome().strip().toUpperCase(Locale.ROOT);
        try {
            return Outcome.valueOf(raw);
        } catch (IllegalArgumentException e) {
            problems.add(new CsvProblem(
                    a.line(), "outcome", "must be PASSED, FAILED or PARTIAL, got '" + a.outcome() + "'"));
            return null;
        }
    }

    private interface Check<T> {
        T get();
    }

    /** Runs one field's check; its InvalidValueException becomes a problem on that line. */
    private static <T> T field(int line, List<CsvProblem> problems, Check<T> check) {
        try {
            return check.get();
        } catch (InvalidValueException e) {
            problems.add(new CsvProblem(line, e.field(), e.reason()));
            return null;
        }
    }
}
