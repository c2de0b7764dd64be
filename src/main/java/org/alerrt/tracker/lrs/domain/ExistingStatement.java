package org.alerrt.tracker.lrs.domain;

import jakarta.json.JsonObject;

/** An already stored statement, and whether it is itself a voiding statement. */
public record ExistingStatement(JsonObject document, boolean voiding) {}
