package dev.ferry.engine.dialect.postgres;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * PostgreSQL's ISO text form of dates and timestamps (DateStyle ISO, which the Vert.x client sets)
 * ↔ java.time. Text covers what the driver's own decoding does not: BC years, years past 9999
 * and ±infinity (mapped to the MIN/MAX java.time values).
 */
final class PgTemporal {

    private static final String BC = " BC";

    private PgTemporal() {
    }

    static LocalDate parseDate(String text) {
        if (text.equals("infinity")) {
            return LocalDate.MAX;
        }
        if (text.equals("-infinity")) {
            return LocalDate.MIN;
        }
        boolean bc = text.endsWith(BC);
        String body = bc ? text.substring(0, text.length() - BC.length()) : text;
        return date(body, bc);
    }

    static LocalDateTime parseTimestamp(String text) {
        if (text.equals("infinity")) {
            return LocalDateTime.MAX;
        }
        if (text.equals("-infinity")) {
            return LocalDateTime.MIN;
        }
        boolean bc = text.endsWith(BC);
        String body = bc ? text.substring(0, text.length() - BC.length()) : text;
        int space = body.indexOf(' ');
        return LocalDateTime.of(date(body.substring(0, space), bc), LocalTime.parse(body.substring(space + 1)));
    }

    static LocalTime parseTime(String text) {
        return LocalTime.parse(text);
    }

    static String formatDate(LocalDate date) {
        if (date.equals(LocalDate.MAX)) {
            return "infinity";
        }
        if (date.equals(LocalDate.MIN)) {
            return "-infinity";
        }
        return dateBody(date) + (date.getYear() <= 0 ? BC : "");
    }

    static String formatTimestamp(LocalDateTime timestamp) {
        if (timestamp.equals(LocalDateTime.MAX)) {
            return "infinity";
        }
        if (timestamp.equals(LocalDateTime.MIN)) {
            return "-infinity";
        }
        LocalDate date = timestamp.toLocalDate();
        StringBuilder out = new StringBuilder(32);
        appendDateBody(date, out);
        appendTime(timestamp.toLocalTime(), out.append(' '));
        return (date.getYear() <= 0 ? out.append(BC) : out).toString();
    }

    static String formatTime(LocalTime time) {
        StringBuilder out = new StringBuilder(15);
        appendTime(time, out);
        return out.toString();
    }

    /** {@code HH:mm:ss.SSSSSS}: hand-formatted, as this runs once per value of every copied row. */
    private static void appendTime(LocalTime time, StringBuilder out) {
        pad(out, time.getHour(), 2).append(':');
        pad(out, time.getMinute(), 2).append(':');
        pad(out, time.getSecond(), 2).append('.');
        pad(out, time.getNano() / 1000, 6);
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        for (int bound = 10, digits = 1; digits < width; bound *= 10, digits++) {
            if (value < bound) {
                out.append('0');
            }
        }
        return out.append(value);
    }

    /** ISO years: 1 BC is year 0, 2 BC is year -1. */
    private static LocalDate date(String body, boolean bc) {
        int dash = body.indexOf('-', 1);
        int year = Integer.parseInt(body.substring(0, dash));
        LocalDate rest = LocalDate.parse("2000" + body.substring(dash));
        return LocalDate.of(bc ? 1 - year : year, rest.getMonth(), rest.getDayOfMonth());
    }

    private static String dateBody(LocalDate date) {
        StringBuilder out = new StringBuilder(10);
        appendDateBody(date, out);
        return out.toString();
    }

    private static void appendDateBody(LocalDate date, StringBuilder out) {
        int year = date.getYear() <= 0 ? 1 - date.getYear() : date.getYear();
        pad(out, year, 4).append('-');
        pad(out, date.getMonthValue(), 2).append('-');
        pad(out, date.getDayOfMonth(), 2);
    }
}
