package org.alerrt.tracker.platform.text;

import java.util.Locale;
import java.util.Optional;

/** Enum constants read from their names as they arrive in CSV files, settings and event payloads. */
public final class EnumNames {

    private EnumNames() {}

    /** The constant named {@code value}, ignoring case and surrounding white space; empty for null or no match. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
