package org.alerrt.tracker.lrs.domain.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The authorization scopes of xAPI Communication §4.2.s2 (table 1), by their exact names. */
public enum XapiScope {
    STATEMENTS_WRITE("statements/write"),
    STATEMENTS_READ_MINE("statements/read/mine"),
    STATEMENTS_READ("statements/read"),
    STATE("state"),
    DEFINE("define"),
    PROFILE("profile"),
    ALL_READ("all/read"),
    ALL("all");

    /** §4.2.s5.b2: the scopes assumed when none is requested. */
    public static final Set<XapiScope> DEFAULT = Set.of(STATEMENTS_WRITE, STATEMENTS_READ_MINE);

    private final String value;

    XapiScope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<XapiScope> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }

    /**
     * Validates scope names as given when a credential is created: each must be one of §4.2 exactly (names are
     * case-sensitive); an empty list means {@link #DEFAULT}.
     */
    public static Set<XapiScope> parseAll(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return DEFAULT;
        }
        EnumSet<XapiScope> scopes = EnumSet.noneOf(XapiScope.class);
        for (String v : values) {
            scopes.add(parse(v).orElseThrow(() -> new IllegalArgumentException(
                    "scopes: '" + v + "' is not an xAPI scope (xAPI Communication §4.2); use one of " + names())));
        }
        return scopes;
    }

    /** The scopes stored for a credential; names this version does not know are ignored (they grant nothing). */
    public static Set<XapiScope> lenient(Collection<String> values) {
        EnumSet<XapiScope> scopes = EnumSet.noneOf(XapiScope.class);
        values.forEach(v -> parse(v).ifPresent(scopes::add));
        return scopes;
    }

    public static String names() {
        return Arrays.stream(values()).map(XapiScope::value).collect(Collectors.joining(", "));
    }
}
