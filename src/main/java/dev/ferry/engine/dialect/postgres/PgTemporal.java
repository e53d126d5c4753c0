package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.IsoText;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

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
        return date(text, bc ? text.length() - BC.length() : text.length(), bc);
    }

    static LocalDateTime parseTimestamp(String text) {
        if (text.equals("infinity")) {
            return LocalDateTime.MAX;
        }
        if (text.equals("-infinity")) {
            return LocalDateTime.MIN;
        }
        boolean bc = text.endsWith(BC);
        int end = bc ? text.length() - BC.length() : text.length();
        int space = text.indexOf(' ');
        return LocalDateTime.of(date(text, space, bc), IsoText.parseTime(text, space + 1, end));
    }

    static LocalTime parseTime(String text) {
        return IsoText.parseTime(text, 0, text.length());
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
        IsoText.appendTime(timestamp.toLocalTime(), out.append(' '));
        return (date.getYear() <= 0 ? out.append(BC) : out).toString();
    }

    static String formatTime(LocalTime time) {
        return IsoText.appendTime(time, new StringBuilder(15)).toString();
    }

    /** ISO years: 1 BC is year 0, 2 BC is year -1. */
    private static LocalDate date(String text, int end, boolean bc) {
        int dash = text.indexOf('-', 1);
        if (end - dash != 6 || text.charAt(dash + 3) != '-') {
            throw new DateTimeParseException("Not an ISO date: " + text, text, 0);
        }
        int year = Integer.parseInt(text, 0, dash, 10);
        return LocalDate.of(bc ? 1 - year : year, Integer.parseInt(text, dash + 1, dash + 3, 10),
                Integer.parseInt(text, dash + 4, end, 10));
    }

    private static String dateBody(LocalDate date) {
        StringBuilder out = new StringBuilder(10);
        appendDateBody(date, out);
        return out.toString();
    }

    private static void appendDateBody(LocalDate date, StringBuilder out) {
        int year = date.getYear() <= 0 ? 1 - date.getYear() : date.getYear();
        IsoText.appendDate(year, date.getMonthValue(), date.getDayOfMonth(), out);
    }
}
