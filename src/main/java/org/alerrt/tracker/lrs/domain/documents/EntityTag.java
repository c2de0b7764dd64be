package org.alerrt.tracker.lrs.domain.documents;

import java.util.ArrayList;
import java.util.List;

/** ETags of documents (Communication §3.1.s4.b2/b4): the lowercase hex SHA-1 of the stored bytes, sent quoted. */
public final class EntityTag {

    private EntityTag() {}

    public static String of(byte[] content) {
        return Hashes.hex("SHA-1", content);
    }

    public static String quoted(String tag) {
        return "\"" + tag + "\"";
    }

    /**
     * The entity tags of an If-Match or If-None-Match header (RFC 7232 §3.1): a comma-separated list, "*", weak
     * tags ({@code W/"x"}) compared by their opaque value. An unquoted value is taken as it is, so an unusual tag
     * reaches the 412 path instead of a 400 (xAPI 2.0 differences §4 item 8).
     */
    public static List<String> parseList(String header) {
        List<String> tags = new ArrayList<>();
        for (String raw : header.split(",")) {
            String t = raw.trim();
            if (t.startsWith("W/") || t.startsWith("w/")) {
                t = t.substring(2);
            }
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1);
            }
            if (!t.isEmpty()) {
                tags.add(t);
            }
        }
        return tags;
    }
}
