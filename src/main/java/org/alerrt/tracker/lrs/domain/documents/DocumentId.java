package org.alerrt.tracker.lrs.domain.documents;

import java.time.Instant;

/** An id of the ids GET with its last update, for the Last-Modified header. */
public record DocumentId(String id, Instant updated) {}
