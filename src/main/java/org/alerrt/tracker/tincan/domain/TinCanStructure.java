package org.alerrt.tracker.tincan.domain;

import java.util.List;
import java.util.Optional;

/**
 * What a tincan.xml declares: its activities in file order. The activity a launch opens is the first one with a
 * {@code <launch>} element (Rustici's packaging puts it on the course activity; modules and objectives are listed
 * without one). Its id is the course's key and the activity that completes the linked catalogue course.
 */
public record TinCanStructure(List<TinCanActivity> activities) {

    public TinCanStructure {
        activities = List.copyOf(activities);
    }

    public Optional<TinCanActivity> launched() {
        return activities.stream().filter(TinCanActivity::launchable).findFirst();
    }
}
