package org.alerrt.tracker.platform.xapiclient;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The raw data of one attachment in a multipart/mixed body, matched to its statement's attachment object by the SHA-2
 * in {@code X-Experience-API-Hash} and nothing else (xAPI 1.0.3 Communication §1.5.2.s1.b4).
 *
 * @param sha2 the part's {@code X-Experience-API-Hash}, hex as the remote sent it
 * @param contentType the part's {@code Content-Type}, or {@code application/octet-stream} when it sent none
 */
public record Attachment(String sha2, String contentType, byte[] content) {

    public Attachment {
        Objects.requireNonNull(sha2, "sha2");
        Objects.requireNonNull(contentType, "contentType");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int length() {
        return content.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment a
                && sha2.equals(a.sha2)
                && contentType.equals(a.contentType)
                && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sha2, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Attachment[sha2=" + sha2 + ", contentType=" + contentType + ", " + content.length + " bytes]";
    }

    /** Lower-case hex, as the {@code sha2} property of an attachment object is usually written. */
    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
