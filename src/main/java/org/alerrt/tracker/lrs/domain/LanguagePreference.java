package org.alerrt.tracker.lrs.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * The Accept-Language header as RFC 2616 §14.4 reads it, applied to one language map at a time
 * (Communication §2.1.3.s4): the canonical format returns exactly one entry per map.
 */
public final class LanguagePreference {

    private record Range(String tag, double q, int order) {}

    private final List<Range> ranges;

    private LanguagePreference(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Unparseable parts of the header are skipped; an absent header prefers nothing. */
    public static LanguagePreference parse(String header) {
        List<Range> ranges = new ArrayList<>();
        if (header != null) {
            String[] parts = header.split(",");
            for (int i = 0; i < parts.length; i++) {
                String[] bits = parts[i].trim().split(";");
                String tag = bits[0].trim().toLowerCase(Locale.ROOT);
                if (tag.isEmpty()) {
                    continue;
                }
                double q = 1.0;
                for (int b = 1; b < bits.length; b++) {
                    String p = bits[b].trim();
                    if (p.startsWith("q=")) {
                        try {
                            q = Double.parseDouble(p.substring(2));
                        } catch (NumberFormatException e) {
                            q = 0;
                        }
                    }
                }
                if (q > 0) {
                    ranges.add(new Range(tag, q, i));
                }
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::order));
        return new LanguagePreference(ranges);
    }

    /**
     * The best key of a language map: the first range (by q, then header order) that matches a key exactly or as
     * a prefix ("en" matches "en-US", "*" anything); failing that, a key with the same primary language; failing
     * that, the map's first key, so the answer always holds one entry.
     */
    public Optional<String> pick(JsonObject languageMap) {
        if (languageMap.isEmpty()) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>(languageMap.keySet());
        for (Range r : ranges) {
            for (String k : keys) {
                if (k.equalsIgnoreCase(r.tag)) {
                    return Optional.of(k);
                }
            }
            for (String k : keys) {
                if (r.tag.equals("*") || k.toLowerCase(Locale.ROOT).startsWith(r.tag + "-")) {
                    return Optional.of(k);
                }
            }
        }
        for (Range r : ranges) {
            String primary = r.tag.split("-")[0];
            for (String k : keys) {
                if (k.toLowerCase(Locale.ROOT).split("-")[0].equals(primary)) {
                    return Optional.of(k);
                }
            }
        }
        return Optional.of(keys.get(0));
    }

    /** The map reduced to its best entry; anything that is not an object is returned as it is. */
    public JsonValue reduce(JsonValue languageMap) {
        if (!(languageMap instanceof JsonObject map)) {
            return languageMap;
        }
        return pick(map)
                .map(k -> (JsonValue)
                        CachedJson.objectBuilder().add(k, map.get(k)).build())
                .orElse(map);
    }
}
