package org.alerrt.tracker.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.alerrt.tracker.training.domain.Level1Requirement;
import org.alerrt.tracker.training.domain.Pid;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The training context's configuration keys, read once and checked so a bad value fails loudly. */
@ApplicationScoped
public class TrainingSettings {

    /** Opt-in: start with the catalogue lines that parse, logging the others (default: a bad line stops the start). */
    public static final String SKIP_INVALID_LINES = "tracker.catalogue.skip-invalid-lines";

    /** The courses that meet SB 1852's Level 1 requirement, and its deadline ({@link Level1Requirement}). */
    public static final String LEVEL1_COURSES = "tracker.training.level1-courses";
    public static final String LEVEL1_DEADLINE = "tracker.training.level1-deadline";

    @Inject
    @ConfigProperty(name = "tracker.training.pid-pattern", defaultValue = Pid.DEFAULT_PATTERN)
    String pidPattern;

    @Inject
    @ConfigProperty(name = "tracker.time-zone", defaultValue = "America/Chicago")
    String zone;

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
        return ZoneId.of(zone);
    }

    public int mandateHours() {
        return mandateHours;
    }

    /** Checked at start ({@link TrainingSettingsCheck}), so parsing cannot fail here. */
    public Level1Requirement level1() {
        Level1Requirement r = level1;
        if (r == null) {
            r = new Level1Requirement(Level1Requirement.parseCourses(level1Courses),
                    Level1Requirement.parseDeadline(level1Deadline));
            level1 = r;
        }
        return r;
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
