package org.alerrt.tracker.cmi5.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The activity ids the LMS generates for AUs, blocks and courses. cmi5 §8.1.5 and §9.4: they MUST NOT match the
 * publisher's ids from the course structure, MUST stay the same for every launch of an AU in a registration (and
 * SHOULD across registrations), and each block and course object MUST keep one id. They are derived from the
 * course id and the publisher id, so they are stable across registrations and course versions.
 *
 * @param base absolute IRI prefix ending in '/', e.g. {@code https://tracker.example.org/cmi5/activities/}
 */
public record LmsActivityIds(String base) {

    public LmsActivityIds {
        if (base == null || !base.endsWith("/")) {
            throw new IllegalArgumentException("base must end with '/'");
        }
    }

    public String au(String courseId, String auId) {
        return base + "au/" + key(courseId + "\n" + auId);
    }

    public String block(String courseId, String blockId) {
        return base + "block/" + key(courseId + "\n" + blockId);
    }

    public String course(String courseId) {
        return base + "course/" + key(courseId);
    }

    /** SHA-256 hex of a (possibly long) id: a fixed-width key for tables and generated IRIs. */
    public static String key(String id) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
