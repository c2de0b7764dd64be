package org.alerrt.tracker.lrs.domain;

import jakarta.json.JsonObject;

/** A stored statement found by id, with whether it is voided. */
public record FoundStatement(JsonObject document, boolean voided) {}
