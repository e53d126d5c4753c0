package dev.ferry.engine.dialect.sqlite;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The SQL twin of {@link TemporalText}'s parser, for the preflight: a condition true exactly for
 * the text values the parser reads. It runs once per row of every date column of a SQLite source,
 * so it is written for SQLite's evaluator: one GLOB per value (shapes are chosen by length), the
 * calendar checked with string comparisons and integer arithmetic, as {@link java.time.LocalDate}
 * judges it (a Julian-day round trip through SQLite's date functions costs several times more).
 */
final class TemporalSql {

    private static final String ZONE = "P99:99";
    private static final String MONTHS_OF_31 = "('01', '03', '05', '07', '08', '10', '12')";

    private TemporalSql() {
    }

    /**
     * A condition true exactly when the value {@code x} (a quoted column) is text the Java side
     * reads: ASCII without NUL (GLOB and substr stop at NUL), one of the shapes, a real calendar
     * day, a real time of day and a zone within ±18:00. The GLOBs already bound each field's tens
     * digit (minutes and seconds [0-5], month [01], ...), so only what a digit class cannot say
     * is left to substr comparisons.
     */
    static String readable(String x, TemporalText.Kind kind) {
        StringBuilder sql = new StringBuilder("(typeof(" + x + ") = 'text' AND length(" + x + ") = length(CAST("
                + x + " AS BLOB)) AND " + shaped(x, kind));
        switch (kind) {
            case DATE -> sql.append(" AND ").append(calendarDay(x));
            case TIME -> sql.append(" AND substr(").append(x).append(", 1, 2) <= '23'");
            case TIMESTAMP -> sql.append(" AND ").append(calendarDay(x)).append(" AND (length(").append(x)
                    .append(") = 10 OR substr(").append(x).append(", 12, 2) <= '23')");
        }
        return sql.append(")").toString();
    }

    /**
     * The value has one of the shapes: a CASE on its length, then only the shapes of that length;
     * a shape with a zone also checks that the zone is within ±18:00.
     */
    private static String shaped(String x, TemporalText.Kind kind) {
        Map<Integer, List<String>> byLength = new TreeMap<>(TemporalText.shapes(kind).stream()
                .collect(Collectors.groupingBy(String::length)));
        StringBuilder sql = new StringBuilder("(CASE length(").append(x).append(")");
        byLength.forEach((length, same) -> sql.append(" WHEN ").append(length).append(" THEN ").append(same.stream()
                .map(shape -> shape.endsWith(ZONE)
                        ? "(" + x + " GLOB '" + glob(shape, kind) + "' AND substr(" + x + ", -5, 2) || substr(" + x
                                + ", -2, 2) <= '1800')"
                        : x + " GLOB '" + glob(shape, kind) + "'")
                .collect(Collectors.joining(" OR "))));
        return sql.append(" ELSE 0 END)").toString();
    }

    /** Month 01–12 and a day that month has in the proleptic Gregorian calendar, as LocalDate.of judges. */
    private static String calendarDay(String x) {
        String month = "substr(" + x + ", 6, 2)";
        String day = "substr(" + x + ", 9, 2)";
        String year = "CAST(substr(" + x + ", 1, 4) AS INTEGER)";
        return "(" + month + " BETWEEN '01' AND '12' AND (" + day + " BETWEEN '01' AND '28'"
                + " OR (" + day + " IN ('29', '30') AND " + month + " <> '02')"
                + " OR (" + day + " = '31' AND " + month + " IN " + MONTHS_OF_31 + ")"
                + " OR (" + day + " = '29' AND " + year + " % 4 = 0 AND (" + year + " % 100 <> 0 OR " + year
                + " % 400 = 0))))";
    }

    /** A GLOB for the shape, with each field's tens digit limited to what the field can hold. */
    private static String glob(String shape, TemporalText.Kind kind) {
        Map<Integer, String> tens = new HashMap<>();
        if (kind != TemporalText.Kind.TIME) {
            tens.put(5, "[01]");
            tens.put(8, "[0-3]");
        }
        int time = kind == TemporalText.Kind.TIME ? 0 : 11;
        if (shape.length() > time + 4) {
            tens.put(time, "[0-2]");
            tens.put(time + 3, "[0-5]");
            if (shape.length() > time + 6 && shape.charAt(time + 5) == ':') {
                tens.put(time + 6, "[0-5]");
            }
        }
        if (shape.endsWith(ZONE)) {
            tens.put(shape.length() - 5, "[01]");
            tens.put(shape.length() - 2, "[0-5]");
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shape.length(); i++) {
            char c = shape.charAt(i);
            out.append(switch (c) {
                case '9' -> tens.getOrDefault(i, "[0-9]");
                case 'S' -> "[ T]";
                case 'P' -> "[+-]";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }
}
