package org.alerrt.tracker.cmi5.api;

/**
 * One reason a course package is refused: the rule broken (a cmi5 section, or "XSD"), where (may be null) and
 * what is wrong.
 */
public record ImportProblem(String rule, String location, String message) {

    public static ImportProblem of(String rule, String location, String message) {
        return new ImportProblem(rule, location, message);
    }

    @Override
    public String toString() {
        return (location == null ? "" : location + ": ") + message + " (" + rule + ")";
    }
}
