package org.alerrt.tracker.reporting.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Which columns a roster CSV has, in which order, under which header labels. */
public record RosterFormat(List<RosterColumn> columns, List<String> headers) {

    public static final String DEFAULT_COLUMNS =
            "pid,last_name,first_name,tcole_number,course_title,completion_date,hours,notes";
    public static final String DEFAULT_HEADERS =
            "PID,Last Name,First Name,Course Number,Course Title,Completion Date,Hours,Notes";

    public RosterFormat {
        columns = List.copyOf(columns);
        headers = List.copyOf(headers);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A roster needs at least one column");
        }
        if (columns.size() != headers.size()) {
            throw new IllegalArgumentException(
                    "A roster has " + columns.size() + " columns but " + headers.size() + " header labels");
        }
    }

    /** The column ids as configured, comma-separated: kept with each roster. */
    public String columnsSpec() {
        return columns.stream().map(RosterColumn::id).collect(Collectors.joining(","));
    }

    public String headersSpec() {
        return String.join(",", headers);
    }

    /**
     * Parses the comma-separated configuration values.
     *
     * @throws IllegalArgumentException naming the configuration key and the unknown column, so start-up fails clearly
     */
    public static RosterFormat parse(String columnIds, String headerLabels, String columnsKey, String headersKey) {
        List<RosterColumn> columns = new ArrayList<>();
        for (String id : split(columnIds)) {
            columns.add(RosterColumn.byId(id)
                    .orElseThrow(() -> new IllegalArgumentException(
                            columnsKey + ": unknown roster column '" + id + "'; known columns: "
                                    + Arrays.stream(RosterColumn.values())
                                            .map(RosterColumn::id)
                                            .collect(Collectors.joining(", ")))));
        }
        List<String> headers = split(headerLabels);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(columnsKey + " lists no columns");
        }
        if (columns.size() != headers.size()) {
            throw new IllegalArgumentException(headersKey + " has " + headers.size() + " labels but " + columnsKey
                    + " has " + columns.size() + " columns");
        }
        return new RosterFormat(columns, headers);
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).toList();
    }
}
