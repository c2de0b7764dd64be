package org.alerrt.tracker.lrs.application;

import org.alerrt.tracker.lrs.domain.StatementStore;
import org.alerrt.tracker.platform.events.EventPublisher;

/** A {@link StatementWriter} without a container, over the given store and publisher. */
public final class StatementWriters {

    private StatementWriters() {}

    public static StatementWriter over(StatementStore store, EventPublisher events) {
        StatementWriter writer = new StatementWriter();
        writer.store = store;
        writer.events = events;
        return writer;
    }
}
