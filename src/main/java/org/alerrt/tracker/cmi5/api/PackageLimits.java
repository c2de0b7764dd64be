package org.alerrt.tracker.cmi5.api;

/** Limits that keep a hostile package from exhausting memory or disk. */
public record PackageLimits(long maxUnpackedBytes, int maxEntries, int maxXmlBytes) {}
