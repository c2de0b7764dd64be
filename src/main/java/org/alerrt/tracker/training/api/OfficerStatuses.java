package org.alerrt.tracker.training.api;

import java.time.LocalDate;
import java.util.List;

/** Training's read model of officers' standing: hours in the training unit, the mandate, Level 1, held credit. */
public interface OfficerStatuses {

    /** The largest page {@link #page} returns. */
    int MAX_PAGE = 500;

    /**
     * Officers of {@code agency} (all when null; matched ignoring case), as of {@code on}, in learner id order after
     * {@code afterId}, at most {@code limit} (up to {@link #MAX_PAGE}).
     */
    List<OfficerStatus> page(String agency, LocalDate on, long afterId, int limit);
}
