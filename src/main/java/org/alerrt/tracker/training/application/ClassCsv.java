package org.alerrt.tracker.training.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads in-person classes for import, one line per attendee: header
 * {@code reference,tcole_number,delivery,instructor_pids,block_days,hours,module_description,pid,outcome} (any order).
 * Lines with the same reference are one class and must agree on its columns. {@code instructor_pids} and
 * {@code block_days} (ISO dates) are separated by spaces or semicolons; {@code delivery} and {@code hours} may be blank
 * (the course's). Every problem is reported, so an import is all or nothing.
 */
public final class ClassCsv {

    public static final List<String> COLUMNS = List.of(
            "reference",
            "tcole_number",
            "delivery",
            "instructor_pids",
            "block_days",
            "hours",
            "module_description",
            "pid",
            "outcome");
    private static final List<String> CLASS_COLUMNS = COLUMNS.subList(0, 7);

    public record Parsed(List<ClassRecord> classes, List<CsvProblem> problems) {}

    private ClassCsv() {}

    public static Parsed parse(String text) {
        Csv.Table table = Csv.table(text, false);
        if (table.problem() != null) {
            return new Parsed(List.of(), List.of(table.problem()));
        }
        Map<String, Integer> col = table.header().columns();
        if (!col.keySet().equals(Set.copyOf(COLUMNS))) {
            return new Parsed(
                    List.of(),
                    List.of(new CsvProblem(
                            1, "header", "expected the columns " + String.join(",", COLUMNS) + " (any order)")));
        }
        List<CsvProblem> problems = new ArrayList<>();
        Map<String, List<Csv.Row>> byReference = new LinkedHashMap<>();
        for (Csv.Row row : table.rows()) {
            String reference = row.get(col.get("reference"));
            if (reference.isEmpty()) {
                problems.add(new CsvProblem(row.line(), "reference", "is required"));
                continue;
            }
            byReference.computeIfAbsent(reference, r -> new ArrayList<>()).add(row);
        }
        if (byReference.isEmpty() && problems.isEmpty()) {
            problems.add(new CsvProblem(2, "pid", "the file lists no attendee"));
        }
        List<ClassRecord> classes = new ArrayList<>();
        for (List<Csv.Row> lines : byReference.values()) {
            Csv.Row first = lines.get(0);
            for (Csv.Row other : lines.subList(1, lines.size())) {
                for (String c : CLASS_COLUMNS) {
                    if (!other.get(col.get(c)).equals(first.get(col.get(c)))) {
                        problems.add(new CsvProblem(
                                other.line(),
                                c,
                                "differs from line " + first.line() + " of the same class ("
                                        + first.get(col.get("reference")) + ")"));
                    }
                }
            }
            Integer hours = null;
            String rawHours = first.get(col.get("hours"));
            if (!rawHours.isEmpty()) {
                try {
                    hours = Integer.valueOf(rawHours);
                } catch (NumberFormatException e) {
                    problems.add(
                            new CsvProblem(first.line(), "hours", "must be a whole number, got '" + rawHours + "'"));
                }
            }
            String delivery = first.get(col.get("delivery"));
            classes.add(new ClassRecord(
                    first.line(),
                    first.get(col.get("reference")),
                    first.get(col.get("tcole_number")),
                    delivery.isEmpty() ? null : delivery,
                    list(first.get(col.get("instructor_pids"))),
                    list(first.get(col.get("block_days"))),
                    hours,
                    first.get(col.get("module_description")),
                    lines.stream()
                            .map(r -> new ClassRecord.Attendance(
                                    r.line(), r.get(col.get("pid")), r.get(col.get("outcome"))))
                            .toList()));
        }
        return new Parsed(classes, problems);
    }

    private static List<String> list(String cell) {
        return cell.isBlank()
                ? List.of()
                : Arrays.stream(cell.split("[;\\s]+")).filter(s -> !s.isEmpty()).toList();
    }
}
