package org.alerrt.tracker.training.application;

/** One bad line of a CSV file: where, which column and what is wrong. */
public record CsvProblem(int line, String field, String message) {

    @Override
    public String toString() {
        return "line " + line + ", " + field + ": " + message;
    }
}
