package org.alerrt.tracker.lrs.domain;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** A page of statement documents, the seq of the last one (the next cursor), and the newest stored (null if empty). */
public record StatementPage(List<JsonObject> statements, boolean more, long lastSeq, Instant newestStored) {}
