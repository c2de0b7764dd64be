package org.alerrt.tracker.training.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.alerrt.tracker.training.api.TcoleCourseNumber;

/**
 * Which Train-the-Trainer course qualifies an instructor for which user course (3315 Level I TtT → 3311 Level I).
 * Two rules use it: passing the TtT gives ALERRT Certified Instructor (CI) status for the user course, which an
 * indirect class's instructor needs; passing only the TtT's user portion earns the user course's hours (rulebook,
 * credit rules). Configuration, since the rulebook names the pairs only partly.
 */
public record TrainerCourses(Map<TcoleCourseNumber, TcoleCourseNumber> userCourseOfTrainer) {

    public TrainerCourses {
        userCourseOfTrainer = Map.copyOf(userCourseOfTrainer);
    }

    /** {@code "3315:3311,3376:3317"}: TtT number, colon, user course number. */
    public static TrainerCourses parse(String raw) {
        Map<TcoleCourseNumber, TcoleCourseNumber> map = new LinkedHashMap<>();
        if (raw != null && !raw.isBlank()) {
            for (String pair : raw.split(",")) {
                String[] parts = pair.strip().split(":");
                if (parts.length != 2) {
                    throw new IllegalArgumentException(
                            "'" + pair.strip() + "' is not <TtT course>:<user course>, e.g. 3315:3311");
                }
                TcoleCourseNumber trainer = TcoleCourseNumber.of(parts[0].strip());
                if (map.put(trainer, TcoleCourseNumber.of(parts[1].strip())) != null) {
                    throw new IllegalArgumentException("TtT course " + trainer + " is listed twice");
                }
            }
        }
        return new TrainerCourses(map);
    }

    public boolean isTrainerCourse(TcoleCourseNumber course) {
        return userCourseOfTrainer.containsKey(course);
    }

    public Optional<TcoleCourseNumber> userCourseOf(TcoleCourseNumber trainerCourse) {
        return Optional.ofNullable(userCourseOfTrainer.get(trainerCourse));
    }

    /** The TtT courses whose pass makes an instructor a CI for this user course (usually one, or none). */
    public Set<TcoleCourseNumber> trainerCoursesFor(TcoleCourseNumber userCourse) {
        return userCourseOfTrainer.entrySet().stream()
                .filter(e -> e.getValue().equals(userCourse))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
