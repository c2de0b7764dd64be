package org.alerrt.tracker.tincan.api;

import java.time.OffsetDateTime;

/** The answer of a Tin Can launch: the URL to open, the launch's id and when its credential stops working. */
public record TinCanLaunched(String url, String launchId, OffsetDateTime expiresAt) {}
