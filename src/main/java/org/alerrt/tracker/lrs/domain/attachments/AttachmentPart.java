package org.alerrt.tracker.lrs.domain.attachments;

import java.util.Locale;
import java.util.Objects;

/**
 * The raw data of one attachment as received in a multipart/mixed part, keyed by the SHA-2 hex the client declared
 * in {@code X-Experience-API-Hash} (Communication §1.5.2.s2.b2.b3) and checked against the data on construction.
 */
public record AttachmentPart(String sha2, String contentType, byte[] content) {

    public AttachmentPart {
        Objects.requireNonNull(content, "content");
        sha2 = Sha2.normalize(sha2);
        if (!Sha2.matches(sha2, content)) {
            throw new IllegalArgumentException("X-Experience-API-Hash does not match the part data");
        }
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType.trim();
    }

    /** The media type without parameters, lower case: "text/plain; charset=ascii" → "text/plain". */
    public static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }
}
