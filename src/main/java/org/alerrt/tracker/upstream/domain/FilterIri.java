package org.alerrt.tracker.upstream.domain;

import java.net.URI;
import java.net.URISyntaxException;
import org.alerrt.tracker.platform.errors.Refusal;

/** An activity or verb id a pull filter or forward rule names: optional, else an absolute IRI (Data §4.1.4.1). */
final class FilterIri {

    private FilterIri() {}

    /** The stripped IRI, or null when none is given; a 400 naming {@code field} when it is not absolute. */
    static String optional(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (new URI(v).isAbsolute() && v.length() <= 1000) {
                return v;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw Refusal.invalid(field, field + " must be an absolute IRI of at most 1000 characters");
    }
}
