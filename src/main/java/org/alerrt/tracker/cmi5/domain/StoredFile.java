package org.alerrt.tracker.cmi5.domain;

/** A package file as stored: the version it belongs to, its path, size and number of chunks. */
public record StoredFile(long versionId, String path, long size, int chunkCount) {}
