package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.dialect.IsoText;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Temporal values as MySQL prints them ({@code CAST(col AS CHAR)}, {@code UNIX_TIMESTAMP(col)}).
 * The dialect selects dates as text because a zero date ({@code 0000-00-00}, {@code 2020-00-15})
 * cannot be decoded by the driver; here zero forms become null, which the ZERO_DATE preflight
 * counts beforehand.
 */
final class MySqlTemporal {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private MySqlTemporal() {
    }

    /** {@code YYYY-MM-DD}; null for a zero date or one with a zero month or day. */
    static LocalDate date(String text) {
        int year = Integer.parseInt(text, 0, 4, 10);
        int month = Integer.parseInt(text, 5, 7, 10);
        int day = Integer.parseInt(text, 8, 10, 10);
        if (month == 0 || day == 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("MySQL date '" + text + "' is not a calendar date", e);
        }
    }

    /** {@code YYYY-MM-DD hh:mm:ss[.ffffff]}; null when its date part is a zero date. */
    static LocalDateTime dateTime(String text) {
        LocalDate date = date(text);
        return date == null ? null : date.atTime(timeOfDay(text, 11));
    }

    /** {@code [-]h…h:mm:ss[.ffffff]}; MySQL TIME spans ±838 hours, a time of day does not. */
    static LocalTime time(String text) {
        return timeOfDay(text, 0);
    }

    static LocalTime time(Duration duration) {
        if (duration.isNegative() || duration.compareTo(Duration.ofDays(1)) >= 0) {
            throw outOfDay(duration.toString());
        }
        return LocalTime.ofNanoOfDay(duration.toNanos());
    }

    /** Seconds since the epoch (as UNIX_TIMESTAMP gives them); 0 is MySQL's zero TIMESTAMP. */
    static OffsetDateTime instant(Number epochSeconds) {
        BigDecimal seconds = epochSeconds instanceof BigDecimal d ? d : new BigDecimal(epochSeconds.toString());
        if (seconds.signum() == 0) {
            return null;
        }
        BigDecimal nanos = seconds.movePointRight(9);
        long total = nanos.longValueExact();
        return Instant.ofEpochSecond(Math.floorDiv(total, NANOS_PER_SECOND), Math.floorMod(total, NANOS_PER_SECOND))
                .atOffset(ZoneOffset.UTC);
    }

    /** The epoch seconds (with microseconds) of an instant, for FROM_UNIXTIME and key comparisons. */
    static BigDecimal epochSeconds(OffsetDateTime value) {
        Instant instant = value.toInstant();
        return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
    }

    /** The time of day written from {@code start} (surrounding blanks allowed); parsed in place, as it is read for every row. */
    private static LocalTime timeOfDay(String text, int start) {
        int from = start;
        int to = text.length();
        while (from < to && text.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) <= ' ') {
            to--;
        }
        int colon = text.indexOf(':', from);
        if (from < to && text.charAt(from) == '-' || colon < 0 || colon >= to || colon - from > 2) {
            throw outOfDay(text);
        }
        int hours = Integer.parseInt(text, from, colon, 10);
        if (hours >= 24) {
            throw outOfDay(text);
        }
        int minutes = Integer.parseInt(text, colon + 1, colon + 3, 10);
        int seconds = Integer.parseInt(text, colon + 4, colon + 6, 10);
        int nanos = to > colon + 7 ? IsoText.nanos(text, colon + 7, to) : 0;
        return LocalTime.of(hours, minutes, seconds, nanos);
    }

    private static IllegalArgumentException outOfDay(String value) {
        return new IllegalArgumentException("MySQL TIME value '" + value
                + "' is outside 00:00:00-23:59:59 and has no exact equivalent as a time of day");
    }
}
