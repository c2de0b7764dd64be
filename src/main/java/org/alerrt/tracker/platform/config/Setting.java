package org.alerrt.tracker.platform.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One configuration key and what it allows, declared by the context that reads it ({@link SettingsCheck}) and
 * checked at start by {@link SettingsValidator}. A new setting is one line: {@code Setting.integer(key, min, max)}.
 *
 * @param key    the MicroProfile Config key
 * @param rule   throws {@link IllegalArgumentException} whose message says what is allowed ("must be ...")
 * @param secret its value is never printed (only its length)
 */
public record Setting(String key, Rule rule, boolean secret) {

    /**
     * Checks one configured value, reading the configured value of another key when the rule is about a pair;
     * the exception's message says what is allowed.
     */
    @FunctionalInterface
    public interface Rule {
        void check(String value, Function<String, Optional<String>> others);
    }

    public Setting {
        Objects.requireNonNull(key);
        Objects.requireNonNull(rule);
    }

    /** Any value (documented for completeness; e.g. a database account name). */
    public static Setting any(String key) {
        return new Setting(key, (v, others) -> {}, false);
    }

    /** A free text that must not be blank, of at most {@code maxLength} characters. */
    public static Setting text(String key, int minLength, int maxLength) {
        return new Setting(key, (v, others) -> length(v, minLength, maxLength), false);
    }

    /** A text whose value is never echoed (passwords, secrets). */
    public static Setting secret(String key, int minLength) {
        return new Setting(key, (v, others) -> length(v, minLength, 1000), true);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Setting integer(String key, long min, long max) {
        return new Setting(
                key,
                (v, others) -> {
                    long n;
                    try {
                        n = Long.parseLong(v.strip());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(range(min, max));
                    }
                    if (n < min || n > max) {
                        throw new IllegalArgumentException(range(min, max));
                    }
                },
                false);
    }

    /** true or false (any case, as MicroProfile Config converts booleans). */
    public static Setting bool(String key) {
        return new Setting(
                key,
                (v, others) -> {
                    if (!List.of("true", "false").contains(v.strip().toLowerCase(Locale.ROOT))) {
                        throw new IllegalArgumentException("must be true or false");
                    }
                },
                false);
    }

    /** Exactly one of the given words. */
    public static Setting oneOf(String key, String... allowed) {
        List<String> words = List.of(allowed);
        return new Setting(
                key,
                (v, others) -> {
                    if (!words.contains(v.strip())) {
                        throw new IllegalArgumentException("must be one of " + String.join(", ", words));
                    }
                },
                false);
    }

    /** An absolute http(s) URL with a host. */
    public static Setting httpUrl(String key) {
        return new Setting(
                key,
                (v, others) -> {
                    String problem = "must be an absolute http:// or https:// URL with a host and no query,"
                            + " e.g. https://tracker.example.org";
                    try {
                        URI uri = new URI(v.strip());
                        if (uri.getScheme() == null
                                || !List.of("http", "https")
                                        .contains(uri.getScheme().toLowerCase(Locale.ROOT))
                                || uri.getHost() == null
                                || uri.getRawQuery() != null
                                || uri.getRawFragment() != null) {
                            throw new IllegalArgumentException(problem);
                        }
                    } catch (URISyntaxException e) {
                        throw new IllegalArgumentException(problem);
                    }
                },
                false);
    }

    /** A time zone ID of the IANA database. */
    public static Setting timeZone(String key) {
        return new Setting(
                key,
                (v, others) -> {
                    try {
                        ZoneId.of(v.strip());
                    } catch (DateTimeException e) {
                        throw new IllegalArgumentException("must be a time zone ID such as America/Chicago");
                    }
                },
                false);
    }

    /** A Java regular expression. */
    public static Setting regex(String key) {
        return new Setting(
                key,
                (v, others) -> {
                    try {
                        Pattern.compile(v);
                    } catch (PatternSyntaxException e) {
                        throw new IllegalArgumentException("must be a valid Java regular expression ("
                                + e.getDescription() + " at index " + e.getIndex() + ")");
                    }
                },
                false);
    }

    /** A value never echoed in messages that may be anything (a database password). */
    public static Setting anySecret(String key) {
        return new Setting(key, (v, others) -> {}, true);
    }

    /** Checked by the context's own parser, whose message names what is allowed. */
    public static Setting rule(String key, Consumer<String> rule) {
        return new Setting(key, (v, others) -> rule.accept(v), false);
    }

    /** Checked together with the configured value of {@code other} ({@code otherDefault} when unset). */
    public static Setting pair(String key, String other, String otherDefault, BiConsumer<String, String> rule) {
        return new Setting(
                key, (v, others) -> rule.accept(v, others.apply(other).orElse(otherDefault)), false);
    }

    private static void length(String v, int min, int max) {
        if (v.isBlank() || v.length() < min || v.length() > max) {
            throw new IllegalArgumentException(
                    min <= 1
                            ? "must be a non-blank text of at most " + max + " characters"
                            : "must be " + min + " to " + max + " characters");
        }
    }

    private static String range(long min, long max) {
        return "must be a whole number from " + min + " to " + max;
    }
}
