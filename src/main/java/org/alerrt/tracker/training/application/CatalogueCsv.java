package org.alerrt.tracker.training.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.domain.CompletionRule;
import org.alerrt.tracker.training.domain.CourseDefinition;
import org.alerrt.tracker.training.domain.Delivery;
import org.alerrt.tracker.training.domain.InvalidValueException;

/**
 * Reads the catalogue file ({@code lrs-config/courses.csv}): header
 * {@code tcole_number,title,delivery,credit_hours,counts_toward_mandate,completion_rule,activity_iris}, the IRIs
 * separated by spaces, '#' lines are comments. Every bad line is reported with the lines that parse; the seeder
 * decides (a bad line stops the start unless {@code tracker.catalogue.skip-invalid-lines}).
 */
public final class CatalogueCsv {

    public static final List<String> COLUMNS = List.of(
            "tcole_number",
            "title",
            "delivery",
            "credit_hours",
            "counts_toward_mandate",
            "completion_rule",
            "activity_iris");

    public record Parsed(List<CourseDefinition> courses, List<CsvProblem> problems) {}

    private CatalogueCsv() {}

    public static Parsed parse(String text) {
        Csv.Table table = Csv.table(text, true);
        if (table.problem() != null) {
            return new Parsed(List.of(), List.of(table.problem()));
        }
        Csv.Row header = table.header();
        List<String> names = header.fields().stream()
                .map(f -> f.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!names.equals(COLUMNS)) {
            return new Parsed(
                    List.of(),
                    List.of(new CsvProblem(
                            header.line(),
                            "header",
                            "expected " + String.join(",", COLUMNS) + ", got " + String.join(",", names))));
        }
        List<CourseDefinition> courses = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Csv.Row row : table.rows()) {
            try {
                if (row.fields().size() != COLUMNS.size()) {
                    throw new InvalidValueException(
                            "columns",
                            "expected " + COLUMNS.size() + " fields, got "
                                    + row.fields().size());
                }
                CourseDefinition course = new CourseDefinition(
                        TcoleCourseNumber.of(row.get(0)),
                        row.get(1),
                        Delivery.parse(row.get(2), "delivery"),
                        hours(row.get(3)),
                        flag(row.get(4), "counts_toward_mandate"),
                        CompletionRule.parse(row.get(5), "completion_rule"),
                        row.get(6).isEmpty()
                                ? List.of()
                                : Arrays.asList(row.get(6).split("\\s+")));
                Integer earlier = seen.putIfAbsent(course.number().value(), row.line());
                if (earlier != null) {
                    throw new InvalidValueException(
                            "tcole_number", "course " + course.number() + " already defined on line " + earlier);
                }
                courses.add(course);
            } catch (InvalidValueException e) {
                problems.add(new CsvProblem(row.line(), e.field(), e.reason()));
            }
        }
        return new Parsed(courses, problems);
    }

    private static int hours(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("credit_hours", "must be a whole number, got '" + raw + "'");
        }
    }

    static boolean flag(String raw, String field) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> throw new InvalidValueException(field, "must be true or false, got '" + raw + "'");
        };
    }
}
