package org.alerrt.tracker.cmi5.api;

import java.util.List;

/** A course package refused with every reason found, so the author can fix them all in one go. */
public class PackageRejectedException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public PackageRejectedException(List<ImportProblem> problems) {
        super("The course package is invalid: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
