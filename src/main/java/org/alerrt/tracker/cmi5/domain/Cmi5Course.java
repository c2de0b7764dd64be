package org.alerrt.tracker.cmi5.domain;

import java.time.OffsetDateTime;

/**
 * An imported cmi5 course, keyed by its cmi5 course id (IRI) and linked to a catalogue course by TCOLE number.
 * {@code id} is the LMS's own number used in URLs; every import adds a version, {@code latestVersion} is the one
 * new registrations use.
 */
public record Cmi5Course(long id, String iri, String tcoleNumber, int latestVersion, OffsetDateTime createdAt,
                         OffsetDateTime updatedAt) {
}
