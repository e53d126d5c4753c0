package dev.ferry.engine.dialect;

import java.time.LocalTime;

/**
 * Zero-padded ISO dates and times with microseconds, appended by hand: bulk loads format one per
 * temporal value of every row, where {@code String.format} and formatters dominated the profile.
 */
public final class IsoText {

    private IsoText() {
    }

    /** {@code YYYY-MM-DD}; the year as given (callers map BC years first). */
    public static StringBuilder appendDate(int year, int month, int day, StringBuilder out) {
        pad(out, year, 4).append('-');
        pad(out, month, 2).append('-');
        return pad(out, day, 2);
    }

    /** {@code hh:mm:ss.ffffff}. */
    public static StringBuilder appendTime(LocalTime time, StringBuilder out) {
        appendClock(time, out).append('.');
        return pad(out, time.getNano() / 1000, 6);
    }

    /** {@code hh:mm:ss.ffffff}, or {@code hh:mm:ss.fffffffff} when the nanoseconds need nine digits. */
    public static StringBuilder appendTimeExact(LocalTime time, StringBuilder out) {
        int nanos = time.getNano();
        appendClock(time, out).append('.');
        return nanos % 1000 == 0 ? pad(out, nanos / 1000, 6) : pad(out, nanos, 9);
    }

    private static StringBuilder appendClock(LocalTime time, StringBuilder out) {
        pad(out, time.getHour(), 2).append(':');
        pad(out, time.getMinute(), 2).append(':');
        return pad(out, time.getSecond(), 2);
    }

    /**
     * {@code hh:mm:ss[.f…]} between {@code from} and {@code to}; other spellings go to
     * {@link LocalTime#parse}, which also rejects what is not a time of day.
     */
    public static LocalTime parseTime(String text, int from, int to) {
        int length = to - from;
        boolean plain = length >= 8 && text.charAt(from + 2) == ':' && text.charAt(from + 5) == ':'
                && (length == 8 || (text.charAt(from + 8) == '.' && length > 9 && length <= 18));
        if (!plain) {
            return LocalTime.parse(text.substring(from, to));
        }
        return LocalTime.of(Integer.parseInt(text, from, from + 2, 10), Integer.parseInt(text, from + 3, from + 5, 10),
                Integer.parseInt(text, from + 6, from + 8, 10), nanos(text, from + 9, to));
    }

    /** The nanoseconds a fraction's digits between {@code from} and {@code to} stand for; digits past the ninth are dropped. */
    public static int nanos(String text, int from, int to) {
        int end = Math.min(to, from + 9);
        if (end <= from) {
            return 0;
        }
        int nanos = Integer.parseInt(text, from, end, 10);
        for (int digits = end - from; digits < 9; digits++) {
            nanos *= 10;
        }
        return nanos;
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        for (int bound = 10, digits = 1; digits < width; bound *= 10, digits++) {
            if (value < bound) {
                out.append('0');
            }
        }
        return out.append(value);
    }
}
