package org.alerrt.tracker.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.domain.CreditRule;
import org.alerrt.tracker.training.domain.Level1Requirement;
import org.alerrt.tracker.training.domain.Pid;
import org.alerrt.tracker.training.domain.TrainerCourses;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The training context's configuration keys, read once and checked so a bad value fails loudly. */
@ApplicationScoped
public class TrainingSettings {

    /** Opt-in: start with the catalogue lines that parse, logging the others (default: a bad line stops the start). */
    public static final String SKIP_INVALID_LINES = "tracker.catalogue.skip-invalid-lines";

    /** The courses that meet SB 1852's Level 1 requirement, and its deadline ({@link Level1Requirement}). */
    public static final String LEVEL1_COURSES = "tracker.training.level1-courses";

    public static final String LEVEL1_DEADLINE = "tracker.training.level1-deadline";

    /** Train-the-Trainer → user course pairs ({@link TrainerCourses}). */
    public static final String TRAINER_COURSES = "tracker.training.trainer-courses";

    public static final String UPDATE_COURSE = "tracker.training.update-course";
    public static final String UPDATE_CAP_HOURS = "tracker.training.update-cap-hours";
    public static final String INSTRUCTOR_HOME_PAGE = "tracker.training.instructor-account-home-page";
    public static final String REPEAT_WARNING_AFTER = "tracker.training.repeat-warning-after";

    @Inject
    @ConfigProperty(
            name = TRAINER_COURSES,
            defaultValue = "3315:3311,3376:3317,3380:3381,3392:3382,3393:3357,3377:3394")
    String trainerCourses;

    @Inject
    @ConfigProperty(name = UPDATE_COURSE, defaultValue = "3312")
    String updateCourse;

    @Inject
    @ConfigProperty(name = UPDATE_CAP_HOURS, defaultValue = "24")
    int updateCapHours;

    @Inject
    @ConfigProperty(name = INSTRUCTOR_HOME_PAGE, defaultValue = "https://www.tcole.texas.gov")
    String instructorHomePage;

    @Inject
    @ConfigProperty(name = REPEAT_WARNING_AFTER, defaultValue = "2")
    int repeatWarningAfter;

    @Inject
    @ConfigProperty(name = "tracker.training.pid-pattern", defaultValue = Pid.DEFAULT_PATTERN)
    String pidPattern;

    @Inject
    ServerSettings server;

    @Inject
    @ConfigProperty(name = "tracker.training.mandate-hours", defaultValue = "16")
    int mandateHours;

    @Inject
    @ConfigProperty(name = "tracker.catalogue.file", defaultValue = "courses.csv")
    String catalogueFile;

    @Inject
    @ConfigProperty(name = SKIP_INVALID_LINES, defaultValue = "false")
    boolean skipInvalidCatalogueLines;

    @Inject
    @ConfigProperty(name = LEVEL1_COURSES, defaultValue = "3311,3315")
    String level1Courses;

    @Inject
    @ConfigProperty(name = LEVEL1_DEADLINE, defaultValue = "2027-08-31")
    String level1Deadline;

    private volatile Pattern compiledPid;
    private volatile Level1Requirement level1;
    private volatile CreditRule creditRule;

    public Pattern pidPattern() {
        Pattern p = compiledPid;
        if (p == null) {
            try {
                p = Pattern.compile(pidPattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("tracker.training.pid-pattern is not a valid regular expression", e);
            }
            compiledPid = p;
        }
        return p;
    }

    /** Completion dates are calendar dates in this zone (Texas: America/Chicago). */
    public ZoneId zone() {
        return server.zone();
    }

    public int mandateHours() {
        return mandateHours;
    }

    /** Checked at start ({@link TrainingSettingsCheck}), so parsing cannot fail here. */
    public Level1Requirement level1() {
        Level1Requirement r = level1;
        if (r == null) {
            r = new Level1Requirement(
                    Level1Requirement.parseCourses(level1Courses), Level1Requirement.parseDeadline(level1Deadline));
            level1 = r;
        }
        return r;
    }

    /** Checked at start, like {@link #level1()}. */
    public CreditRule creditRule() {
        CreditRule r = creditRule;
        if (r == null) {
            r = new CreditRule(
                    TrainerCourses.parse(trainerCourses), TcoleCourseNumber.of(updateCourse), updateCapHours);
            creditRule = r;
        }
        return r;
    }

    /** The account homePage whose account names are TCOLE PIDs (an instructor's {@code context.instructor}). */
    public String instructorHomePage() {
        return instructorHomePage;
    }

    /** TCOLE may refuse credit for a course taken more than this often in one training unit (37 TAC §218.1(c)). */
    public int repeatWarningAfter() {
        return repeatWarningAfter;
    }

    /** Today's date in {@link #zone()}: what "today" means for deadlines and training units. */
    public LocalDate today() {
        return LocalDate.now(zone());
    }

    /** Resolved against the configuration directory ({@code lrs-config/}) unless absolute. */
    public String catalogueFile() {
        return catalogueFile;
    }

    public boolean skipInvalidCatalogueLines() {
        return skipInvalidCatalogueLines;
    }
}
