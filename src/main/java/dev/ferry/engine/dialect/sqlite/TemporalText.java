package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.dialect.IsoText;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates and times as SQLite keeps them: text in the shapes SQLite's date functions read
 * (YYYY-MM-DD, optionally followed by 'T' or a space, HH:MM[:SS[.fraction]] and a 'Z' or ±HH:MM
 * zone). The Java parser here and the SQL test of the preflight ({@link TemporalSql}) are built
 * from the same list of shapes and the same field rules, so they accept exactly the same values.
 *
 * <p>Writing: DATE {@code YYYY-MM-DD}; TIME {@code HH:MM:SS.ffffff}; TIMESTAMP
 * {@code YYYY-MM-DD HH:MM:SS.ffffff}; TIMESTAMPTZ the same in UTC followed by {@code +00:00}
 * (nine fraction digits instead of six only when a value has nanoseconds). A zone read from a
 * TIMESTAMP column is applied (the value becomes UTC, as SQLite's own functions do); a
 * TIMESTAMPTZ value without a zone is UTC.
 */
final class TemporalText {

    /** Which values a column accepts. */
    enum Kind { DATE, TIME, TIMESTAMP }

    /** Shape alphabet: '9' a digit, 'S' a space or 'T', 'P' a plus or minus sign, anything else itself. */
    private static final List<String> TIME_SHAPES = timeShapes();
    private static final List<String> DATE_SHAPES = List.of("9999-99-99");
    private static final List<String> TIMESTAMP_SHAPES = timestampShapes();

    private TemporalText() {
    }

    private static List<String> timeShapes() {
        List<String> shapes = new ArrayList<>(List.of("99:99", "99:99:99"));
        for (int digits = 1; digits <= 9; digits++) {
            shapes.add("99:99:99." + "9".repeat(digits));
        }
        return List.copyOf(shapes);
    }

    private static List<String> timestampShapes() {
        List<String> shapes = new ArrayList<>(List.of("9999-99-99"));
        for (String time : timeShapes()) {
            for (String zone : List.of("", "Z", "P99:99")) {
                shapes.add("9999-99-99S" + time + zone);
            }
        }
        return List.copyOf(shapes);
    }

    static List<String> shapes(Kind kind) {
        return switch (kind) {
            case DATE -> DATE_SHAPES;
            case TIME -> TIME_SHAPES;
            case TIMESTAMP -> TIMESTAMP_SHAPES;
        };
    }

    // ---- Java side -------------------------------------------------------------------------

    static LocalDate parseDate(String text) {
        return matches(text, Kind.DATE) == null ? null : date(text);
    }

    static LocalTime parseTime(String text) {
        return matches(text, Kind.TIME) == null ? null : time(text, 0);
    }

    /** A timestamp with the zone it was written with (UTC when it has none); null when unreadable. */
    static OffsetDateTime parseTimestamp(String text) {
        String shape = matches(text, Kind.TIMESTAMP);
        if (shape == null) {
            return null;
        }
        LocalDate date = date(text);
        LocalTime time = text.length() == 10 ? LocalTime.MIDNIGHT : time(text, 11);
        ZoneOffset zone = zone(text, shape);
        return date == null || time == null || zone == null ? null : OffsetDateTime.of(date, time, zone);
    }

    private static String matches(String text, Kind kind) {
        for (String shape : shapes(kind)) {
            if (fits(text, shape)) {
                return shape;
            }
        }
        return null;
    }

    private static boolean fits(String text, String shape) {
        if (text.length() != shape.length()) {
            return false;
        }
        for (int i = 0; i < shape.length(); i++) {
            char c = text.charAt(i);
            boolean ok = switch (shape.charAt(i)) {
                case '9' -> c >= '0' && c <= '9';
                case 'S' -> c == ' ' || c == 'T';
                case 'P' -> c == '+' || c == '-';
                default -> c == shape.charAt(i);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalTime time(String text, int at) {
        int second = text.length() > at + 5 && text.charAt(at + 5) == ':' ? number(text, at + 6, at + 8) : 0;
        int nanos = 0;
        if (text.length() > at + 8 && text.charAt(at + 8) == '.') {
            int end = at + 9;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            nanos = IsoText.nanos(text, at + 9, end);
        }
        try {
            return LocalTime.of(number(text, at, at + 2), number(text, at + 3, at + 5), second, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset zone(String text, String shape) {
        if (shape.endsWith("Z") || !shape.endsWith("P99:99")) {
            return ZoneOffset.UTC;
        }
        int sign = text.charAt(text.length() - 6) == '-' ? -1 : 1;
        int at = text.length() - 5;
        try {
            return ZoneOffset.ofHoursMinutes(sign * number(text, at, at + 2), sign * number(text, at + 3, at + 5));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    static String format(LocalDate date) {
        return appendDate(date, new StringBuilder(10)).toString();
    }

    static String format(LocalTime time) {
        return IsoText.appendTimeExact(time, new StringBuilder(18)).toString();
    }

    static String format(LocalDateTime value) {
        return dateTime(value, new StringBuilder(29)).toString();
    }

    static String format(OffsetDateTime value) {
        return dateTime(value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(), new StringBuilder(35))
                .append("+00:00").toString();
    }

    // Appended by hand, not String.format: a copy formats every temporal value of every row, and
    // String.format made three quarters of PostgreSQL→SQLite's allocations.
    private static StringBuilder dateTime(LocalDateTime value, StringBuilder out) {
        appendDate(value.toLocalDate(), out).append(' ');
        return IsoText.appendTimeExact(value.toLocalTime(), out);
    }

    private static StringBuilder appendDate(LocalDate date, StringBuilder out) {
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw new IllegalArgumentException("SQLite dates are YYYY-MM-DD text: year " + date.getYear()
                    + " cannot be written (" + date + ")");
        }
        return IsoText.appendDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), out);
    }
}
