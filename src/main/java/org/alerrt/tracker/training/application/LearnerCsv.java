package org.alerrt.tracker.training.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.training.domain.InvalidValueException;
import org.alerrt.tracker.training.domain.LearnerDetails;
import org.alerrt.tracker.training.domain.Pid;

/**
 * Reads a learner roster for import: header {@code first_name,last_name,pid,agency,email} or
 * {@code first_name,last_name,pid,agency,account_homepage,account_name} (any column order). Every line is
 * checked and every problem reported, so an import is all or nothing. A blank PID means "no PID here".
 */
public final class LearnerCsv {

    public static final List<String> EMAIL_COLUMNS = List.of("first_name", "last_name", "pid", "agency", "email");
    public static final List<String> ACCOUNT_COLUMNS =
            List.of("first_name", "last_name", "pid", "agency", "account_homepage", "account_name");

    public record Row(int line, LearnerDetails details, ActorIdentity actor) {}

    public record Parsed(List<Row> rows, List<CsvProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private LearnerCsv() {}

    public static Parsed parse(String text, Pattern pidPattern) {
        Csv.Table table = Csv.table(text, false);
        if (table.problem() != null) {
            return new Parsed(List.of(), List.of(table.problem()));
        }
        Csv.Row header = table.header();
        Map<String, Integer> col = header.columns();
        boolean byEmail;
        if (col.keySet().equals(Set.copyOf(EMAIL_COLUMNS))) {
            byEmail = true;
        } else if (col.keySet().equals(Set.copyOf(ACCOUNT_COLUMNS))) {
            byEmail = false;
        } else {
            return new Parsed(
                    List.of(),
                    List.of(new CsvProblem(
                            header.line(),
                            "header",
                            "expected the columns " + String.join(",", EMAIL_COLUMNS) + " or "
                                    + String.join(",", ACCOUNT_COLUMNS))));
        }
        List<Row> good = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>();
        Map<ActorIdentity, Integer> seen = new HashMap<>();
        for (Csv.Row row : table.rows()) {
            int before = problems.size();
            if (row.fields().size() != header.fields().size()) {
                problems.add(new CsvProblem(
                        row.line(),
                        "columns",
                        "expected " + header.fields().size() + " fields, got "
                                + row.fields().size()));
                continue;
            }
            LearnerDetails details = null;
            Optional<Pid> pid = Optional.empty();
            try {
                pid = Pid.optional(row.get(col.get("pid")), pidPattern);
            } catch (InvalidValueException e) {
                problems.add(new CsvProblem(row.line(), "pid", e.reason()));
            }
            try {
                details = new LearnerDetails(
                        row.get(col.get("first_name")), row.get(col.get("last_name")), pid, row.get(col.get("agency")));
            } catch (InvalidValueException e) {
                problems.add(new CsvProblem(row.line(), column(e.field()), e.reason()));
            }
            ActorIdentity actor = null;
            try {
                actor = byEmail
                        ? LearnerActors.fromEmail(row.get(col.get("email")), "email")
                        : LearnerActors.fromAccount(
                                row.get(col.get("account_homepage")),
                                row.get(col.get("account_name")),
                                "account_homepage",
                                "account_name");
                Integer earlier = seen.putIfAbsent(actor, row.line());
                if (earlier != null) {
                    problems.add(new CsvProblem(
                            row.line(),
                            byEmail ? "email" : "account_name",
                            "the same learner is already on line " + earlier));
                }
            } catch (InvalidValueException e) {
                problems.add(new CsvProblem(row.line(), e.field(), e.reason()));
            }
            if (problems.size() == before) {
                good.add(new Row(row.line(), details, actor));
            }
        }
        if (good.isEmpty() && problems.isEmpty()) {
            problems.add(new CsvProblem(header.line(), "rows", "the file has a header but no learners"));
        }
        return new Parsed(good, problems);
    }

    /** LearnerDetails names fields in Java style; the file's columns are snake_case. */
    private static String column(String field) {
        return switch (field) {
            case "firstName" -> "first_name";
            case "lastName" -> "last_name";
            default -> field;
        };
    }
}
