package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.DefaultValue;
import dev.ferry.engine.model.LogicalType;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads {@code information_schema.COLUMNS.COLUMN_DEFAULT}, which the two servers spell differently:
 * MariaDB (10.2.7+) shows an SQL expression ({@code 'text'}, {@code 4.99}, {@code NULL},
 * {@code current_timestamp(6)}), MySQL the bare value with {@code DEFAULT_GENERATED} in EXTRA for
 * expressions. An explicit {@code DEFAULT NULL} reads as no default: they mean the same.
 */
final class MySqlDefaultReader {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern NOW = Pattern.compile("(?i)(current_timestamp|now|localtime|localtimestamp)(\\(\\d?\\))?");
    private static final Pattern TODAY = Pattern.compile("(?i)(curdate\\(\\)|current_date(\\(\\))?|\\(curdate\\(\\)\\)|\\(current_date\\))");
    private static final Pattern BITS = Pattern.compile("(?i)b'([01]*)'");

    private final boolean mariaDbStyle;

    MySqlDefaultReader(boolean mariaDbStyle) {
        this.mariaDbStyle = mariaDbStyle;
    }

    DefaultValue read(String raw, String extra, ColumnType type) {
        if (raw == null) {
            return null;
        }
        String text = raw.trim();
        if (NOW.matcher(text).matches()) {
            return new DefaultValue(DefaultValue.Kind.CURRENT_TIMESTAMP, null);
        }
        if (TODAY.matcher(text).matches()) {
            return new DefaultValue(DefaultValue.Kind.CURRENT_DATE, null);
        }
        if (BITS.matcher(text).matches()) {
            String bits = BITS.matcher(text).replaceFirst("$1");
            return literal(bits.isEmpty() ? "0" : new BigInteger(bits, 2).toString(), type);
        }
        return mariaDbStyle ? mariaDb(text, type) : mysql(raw, extra, type);
    }

    private DefaultValue mariaDb(String text, ColumnType type) {
        if (text.equalsIgnoreCase("NULL")) {
            return null;
        }
        if (MySqlLiterals.isQuoted(text)) {
            return literal(MySqlLiterals.unquote(text), type);
        }
        return NUMBER.matcher(text).matches() ? literal(text, type) : DefaultValue.expression(text);
    }

    private static DefaultValue mysql(String raw, String extra, ColumnType type) {
        if (extra != null && extra.toLowerCase(Locale.ROOT).contains("default_generated")) {
            return DefaultValue.expression(raw);
        }
        return literal(raw, type);
    }

    private static DefaultValue literal(String value, ColumnType type) {
        LogicalType logical = type.logical();
        if (logical == LogicalType.BOOLEAN && (value.equals("0") || value.equals("1"))) {
            return new DefaultValue(DefaultValue.Kind.LITERAL_BOOLEAN, value.equals("1") ? "true" : "false");
        }
        boolean numeric = logical.isInteger() || logical == LogicalType.DECIMAL || logical == LogicalType.FLOAT32
                || logical == LogicalType.FLOAT64 || logical == LogicalType.YEAR || logical == LogicalType.BIT
                || logical == LogicalType.BOOLEAN;
        if (numeric && NUMBER.matcher(value).matches()) {
            return new DefaultValue(DefaultValue.Kind.LITERAL_NUMBER, value);
        }
        return new DefaultValue(DefaultValue.Kind.LITERAL_STRING, value);
    }
}
