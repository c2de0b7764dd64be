package org.alerrt.tracker.cmi5.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cmi5 langstring (§13.1): text per language tag, in the order of the file. A langstring without a lang
 * attribute is kept under the empty tag.
 */
public record LangString(Map<String, String> values) {

    public LangString {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static LangString empty() {
        return new LangString(Map.of());
    }

    /** The text in the first language given, for logs and lists. */
    public String first() {
        return values.isEmpty() ? "" : values.values().iterator().next();
    }
}
