package org.alerrt.tracker.lrs.domain.documents;

import java.util.Locale;

/** Content-Type checks for documents (Communication §2.2.s8.b1). */
public final class MediaTypes {

    public static final String JSON = "application/json";
    /** Stored when a request carries no Content-Type: the bytes are kept, their type is unknown (RFC 7231 §3.1.1.5). */
    public static final String DEFAULT = "application/octet-stream";

    private MediaTypes() {}

    /** application/json with any parameters (e.g. charset), compared without case. */
    public static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return type.toLowerCase(Locale.ROOT).equals(JSON);
    }
}
