package org.alerrt.tracker.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.alerrt.tracker.platform.config.Setting;
import org.alerrt.tracker.platform.config.SettingsCheck;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.domain.Level1Requirement;
import org.alerrt.tracker.training.domain.TrainerCourses;

/** The training context's settings, checked at start (docs/configuration.md: Training). */
@ApplicationScoped
public class TrainingSettingsCheck implements SettingsCheck {

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.text("tracker.catalogue.file", 1, 4096),
                Setting.bool(TrainingSettings.SKIP_INVALID_LINES),
                Setting.regex("tracker.training.pid-pattern"),
                Setting.integer("tracker.training.mandate-hours", 1, 1000),
                Setting.rule(TrainingSettings.LEVEL1_COURSES, Level1Requirement::parseCourses),
                Setting.rule(TrainingSettings.LEVEL1_DEADLINE, Level1Requirement::parseDeadline),
                Setting.rule(TrainingSettings.TRAINER_COURSES, TrainerCourses::parse),
                Setting.rule(TrainingSettings.UPDATE_COURSE, TcoleCourseNumber::of),
                Setting.integer(TrainingSettings.UPDATE_CAP_HOURS, 1, 1000),
                Setting.httpUrl(TrainingSettings.INSTRUCTOR_HOME_PAGE),
                Setting.integer(TrainingSettings.REPEAT_WARNING_AFTER, 1, 100));
    }
}
