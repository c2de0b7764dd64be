package org.alerrt.tracker.platform.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks configured values against the declared {@link Setting}s: one line per bad value, naming the key, the
 * value (or only its length when secret), where it came from and what is allowed. Unset keys take their default,
 * which is valid by construction (unit-tested).
 */
public final class SettingsValidator {

    /** A configured value and the configuration source it came from. */
    public record Configured(String value, String source) {}

    private SettingsValidator() {}

    public static List<String> problems(Iterable<Setting> settings, Function<String, Optional<Configured>> config) {
        List<String> problems = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (Setting s : settings) {
            Optional<Configured> configured = config.apply(s.key());
            if (configured.isEmpty() || reported.contains(s.key())) {
                continue;
            }
            Configured c = configured.get();
            try {
                s.rule().check(c.value(), key -> config.apply(key).map(Configured::value));
            } catch (RuntimeException e) {
                reported.add(s.key());
                problems.add(line(s, c, e.getMessage()));
            }
        }
        return problems;
    }

    static String line(Setting s, Configured c, String allowed) {
        String shown = s.secret() ? "(hidden, " + c.value().length() + " characters)" : "'" + c.value() + "'";
        return "Invalid setting " + s.key() + " = " + shown + (c.source() == null ? "" : " (from " + c.source() + ")")
                + ": " + allowed;
    }
}
