package org.alerrt.tracker.cmi5.api;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Tin Can side of cmi5's admin API ({@code /api/cmi5/courses}, {@code /api/cmi5/registrations} serve both
 * formats): a course or registration of the Tin Can format is answered by the tincan context through this port, in
 * the same JSON envelope. Each method answers empty when what it is given is not Tin Can, so cmi5 handles it.
 */
public interface TinCanEndpoints {

    /** A created course or registration: its address under {@code /api} and its JSON. */
    record Created(String location, JsonObject body) {}

    /** The course in the given version (latest when null); empty when it is no Tin Can course. */
    Optional<JsonObject> course(long courseId, Integer version);

    /** Imports the file when it is a Tin Can package (tincan.xml and no cmi5.xml at its root). */
    Optional<Created> importPackage(Path file, PackageLimits limits, String tcoleNumber, String by) throws IOException;

    /** Deletes the course when it is a Tin Can course; false when it is none. */
    boolean delete(long courseId);

    /** Registers the learner when the course is a Tin Can course. */
    Optional<Created> register(
            long courseId, JsonObject actor, String registration, String firstName, String lastName, String by);

    /** The registration when it is on a Tin Can course. */
    Optional<JsonObject> registration(String registration);

    /** Launches the registration when it is on a Tin Can course: the URL, launch id and expiry. */
    Optional<JsonObject> launch(String registration);
}
