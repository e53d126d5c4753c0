package dev.ferry.engine.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The canonical Java value of each logical type, the common ground between dialects:
 * <ul>
 * <li>BOOLEAN: {@code Boolean}</li>
 * <li>INT8…INT64, YEAR, BIT: {@code Long}; unsigned BIGINT above Long.MAX_VALUE: {@code BigInteger}</li>
 * <li>DECIMAL: {@code BigDecimal}; FLOAT32, FLOAT64: {@code Double}</li>
 * <li>CHAR, VARCHAR, TEXT, ENUM, SET (comma-separated members), JSON (exact JSON text), UUID
 * (lower-case text), INTERVAL, OTHER: {@code String}</li>
 * <li>BINARY, VARBINARY, BLOB, GEOMETRY (WKB): {@code byte[]}</li>
 * <li>DATE: {@code LocalDate}; TIME: {@code LocalTime}; TIMESTAMP: {@code LocalDateTime};
 * TIMESTAMPTZ: {@code OffsetDateTime}</li>
 * </ul>
 * {@link #normalize} turns canonical values into text that is equal exactly when the values are
 * equal across engines (1 and 1.00, true and 1, an instant in any offset), for verification.
 */
public final class CanonicalValues {

    /**
     * Stands for a source value its decoder could not read as the column's logical type. Only
     * columns with a value policy see it (the policy decides); anywhere else decoding fails.
     */
    public static final Object UNREADABLE = new Object() {
        @Override
        public String toString() {
            return "<unreadable>";
        }
    };

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private CanonicalValues() {
    }

    /** Whether a value has the canonical Java class of a logical type. */
    public static boolean fits(LogicalType type, Object value) {
        return switch (type) {
            case BOOLEAN -> value instanceof Boolean;
            case INT8, INT16, INT24, INT32, INT64, YEAR, BIT -> value instanceof Long || value instanceof BigInteger;
            case DECIMAL -> value instanceof BigDecimal;
            case FLOAT32, FLOAT64 -> value instanceof Double;
            case CHAR, VARCHAR, TEXT, ENUM, SET, JSON, UUID, INTERVAL, OTHER -> value instanceof String;
            case BINARY, VARBINARY, BLOB, GEOMETRY -> value instanceof byte[];
            case DATE -> value instanceof LocalDate;
            case TIME -> value instanceof LocalTime;
            case TIMESTAMP -> value instanceof LocalDateTime;
            case TIMESTAMPTZ -> value instanceof OffsetDateTime;
        };
    }

    public static String normalize(Object value) {
        if (value == null) {
            return "\u0000null";
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Long || value instanceof BigInteger || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof Double d) {
            return normalizeDouble(d);
        }
        if (value instanceof byte[] bytes) {
            return "x" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof LocalDateTime t) {
            return t.format(TIMESTAMP);
        }
        if (value instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().format(TIMESTAMP) + "Z";
        }
        if (value instanceof LocalDate || value instanceof LocalTime) {
            return value.toString();
        }
        return value.toString();
    }

    private static String normalizeDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
}
