package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.LogicalType;

import java.util.Optional;

/**
 * The SQL twin of {@link SqliteCodec}'s decoders: for a column, a condition that holds exactly
 * for the non-null values the decoder reads (by storage class with {@code typeof}, by range, and
 * by shape with GLOB). Empty where every value is readable or SQL cannot tell (UTF-8 validity).
 */
final class SqliteValueSql {

    private static final String DOUBLE_MAX = "1.7976931348623157e308";
    private static final String HEX = "[0-9a-fA-F]";

    private SqliteValueSql() {
    }

    static Optional<String> readable(String x, ColumnType type) {
        LogicalType logical = type.logical();
        if (logical == LogicalType.BOOLEAN) {
            return Optional.of("(typeof(" + x + ") = 'integer' AND " + x + " IN (0, 1))");
        }
        if (logical.isInteger() || logical == LogicalType.YEAR || logical == LogicalType.BIT) {
            long[] range = IntegerRange.of(type);
            return Optional.of("(typeof(" + x + ") = 'integer' AND " + x + " BETWEEN " + range[0] + " AND " + range[1] + ")");
        }
        return switch (logical) {
            case DECIMAL -> Optional.of("(typeof(" + x + ") = 'integer' OR (typeof(" + x + ") = 'real' AND " + x
                    + " BETWEEN -" + DOUBLE_MAX + " AND " + DOUBLE_MAX + ") OR " + decimalText(x) + ")");
            case FLOAT32, FLOAT64 -> Optional.of("(typeof(" + x + ") = 'real' OR (typeof(" + x + ") = 'integer' AND " + x
                    + " BETWEEN -" + SqliteCodec.DOUBLE_EXACT_INTEGER + " AND " + SqliteCodec.DOUBLE_EXACT_INTEGER + "))");
            case DATE -> Optional.of(TemporalSql.readable(x, TemporalText.Kind.DATE));
            case TIME -> Optional.of(TemporalSql.readable(x, TemporalText.Kind.TIME));
            case TIMESTAMP, TIMESTAMPTZ -> Optional.of(TemporalSql.readable(x, TemporalText.Kind.TIMESTAMP));
            case JSON -> Optional.of("(typeof(" + x + ") <> 'blob')");
            case UUID -> Optional.of("((" + ascii(x) + " AND " + x + " GLOB '" + uuidGlob() + "') OR (typeof(" + x
                    + ") = 'blob' AND length(" + x + ") = 16))");
            case BINARY, VARBINARY, BLOB, GEOMETRY -> Optional.of("(typeof(" + x + ") IN ('blob', 'text'))");
            default -> Optional.empty();
        };
    }

    /** Text that is ASCII without NUL: GLOB and substr see all of it, and byte length equals length. */
    static String ascii(String x) {
        return "typeof(" + x + ") = 'text' AND length(" + x + ") = length(CAST(" + x + " AS BLOB))";
    }

    /** Text of the form -?[0-9]+(\.[0-9]+)? (what {@link SqliteCodec#DECIMAL_TEXT} accepts). */
    private static String decimalText(String x) {
        String u = "(CASE WHEN substr(" + x + ", 1, 1) = '-' THEN substr(" + x + ", 2) ELSE " + x + " END)";
        return "(" + ascii(x) + " AND " + u + " <> '' AND " + u + " NOT GLOB '*[^0-9.]*' AND " + u
                + " NOT GLOB '*.*.*' AND " + u + " NOT GLOB '.*' AND " + u + " NOT GLOB '*.')";
    }

    private static String uuidGlob() {
        return HEX.repeat(8) + "-" + HEX.repeat(4) + "-" + HEX.repeat(4) + "-" + HEX.repeat(4) + "-" + HEX.repeat(12);
    }
}
