package dev.ferry.engine.dialect.sqlite;

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

    private static final String MONTHS_OF_31 = "('01', '03', '05', '07', '08', '10', '12')";

    private TemporalSql() {
    }

    /**
     * A condition true exactly when the value {@code x} (a quoted column) is text the Java side
     * reads: ASCII without NUL (GLOB and substr stop at NUL), one of the shapes, a real calendar
     * day, a real time of day and a zone within ±18:00.
     */
    static String readable(String x, TemporalText.Kind kind) {
        StringBuilder sql = new StringBuilder("(typeof(" + x + ") = 'text' AND length(" + x + ") = length(CAST("
                + x + " AS BLOB)) AND " + shaped(x, TemporalText.shapes(kind)));
        if (kind != TemporalText.Kind.TIME) {
            sql.append(" AND ").append(calendarDay(x));
        }
        if (kind == TemporalText.Kind.TIME) {
            sql.append(" AND ").append(timeFields(x, 1));
        }
        if (kind == TemporalText.Kind.TIMESTAMP) {
            sql.append(" AND (length(").append(x).append(") = 10 OR ").append(timeFields(x, 12)).append(")");
            sql.append(" AND (substr(").append(x).append(", -6) NOT GLOB '[+-][0-9][0-9]:[0-9][0-9]' OR (substr(")
                    .append(x).append(", -2, 2) <= '59' AND substr(").append(x).append(", -5, 2) || substr(").append(x)
                    .append(", -2, 2) <= '1800'))");
        }
        return sql.append(")").toString();
    }

    /** The value has one of the shapes: a CASE on its length, then only the shapes of that length. */
    private static String shaped(String x, List<String> shapes) {
        Map<Integer, List<String>> byLength = new TreeMap<>(shapes.stream().collect(Collectors.groupingBy(String::length)));
        StringBuilder sql = new StringBuilder("(CASE length(").append(x).append(")");
        byLength.forEach((length, same) -> sql.append(" WHEN ").append(length).append(" THEN ").append(same.stream()
                .map(s -> x + " GLOB '" + glob(s) + "'").collect(Collectors.joining(" OR "))));
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

    private static String timeFields(String x, int at) {
        return "(substr(" + x + ", " + at + ", 2) <= '23' AND substr(" + x + ", " + (at + 3) + ", 2) <= '59' AND (substr("
                + x + ", " + (at + 5) + ", 1) <> ':' OR substr(" + x + ", " + (at + 6) + ", 2) <= '59'))";
    }

    private static String glob(String shape) {
        StringBuilder out = new StringBuilder();
        for (char c : shape.toCharArray()) {
            out.append(switch (c) {
                case '9' -> "[0-9]";
                case 'S' -> "[ T]";
                case 'P' -> "[+-]";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }
}
