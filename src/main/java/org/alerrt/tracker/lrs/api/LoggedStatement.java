package org.alerrt.tracker.lrs.api;

import jakarta.json.JsonObject;

/**
 * A stored statement with its place in the stored order ({@code position}: larger is stored later), as a reader that
 * walks the log in order (the upstream forwarder) keeps its place by it.
 */
public record LoggedStatement(long position, JsonObject statement) {}
