package org.alerrt.tracker.cmi5.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.lrs.api.XapiLimits;

/** Checks of imported ids and values shared by the cmi5 and Tin Can package rules. */
public final class ImportChecks {

    /** The rule of {@link #storableId} and {@link #atMost}: the tables and the LRS bound what a package may declare. */
    public static final String LENGTH_RULE = "length of stored ids and urls";

    private ImportChecks() {}

    /** An absolute IRI, as an xAPI activity id or type must be; xs:anyURI alone also accepts relative references. */
    public static boolean isAbsoluteIri(String value) {
        if (value.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '\\')) {
            return false;
        }
        try {
            return new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** An id that becomes an activity id: a problem when it is longer than the LRS stores. */
    public static void storableId(String id, String where, List<ImportProblem> problems) {
        if (id != null && !XapiLimits.isStorableActivityId(id)) {
            problems.add(ImportProblem.of(
                    LENGTH_RULE,
                    where,
                    "id is longer than " + XapiLimits.ACTIVITY_ID
                            + " characters (or " + XapiLimits.INDEXED_UTF8_BYTES
                            + " bytes in UTF-8), the longest activity id"
                            + " this LRS stores"));
        }
    }

    /** A value kept in a column of {@code max} characters: a problem when it is longer. */
    public static void atMost(String value, int max, String where, String field, List<ImportProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(ImportProblem.of(LENGTH_RULE, where, field + " is longer than " + max + " characters"));
        }
    }

    /**
     * A relative launch URL of a zip package must name one of its files, inside it: a problem saying so of {@code
     * what} (the element and its value) when it does not.
     */
    public static void fileOfZip(
            URI relative, Set<String> files, String rule, String where, String what, List<ImportProblem> problems) {
        Optional<String> path = Optional.ofNullable(relative.getPath()).flatMap(PackagePath::safe);
        if (relative.getRawAuthority() != null || path.isEmpty()) {
            problems.add(ImportProblem.of(
                    rule, where, what + " is not a path inside the package (no leading '/', '..' or '\\')"));
        } else if (!files.contains(path.get())) {
            problems.add(ImportProblem.of(rule, where, what + " names '" + path.get() + "', which is not in the zip"));
        }
    }
}
