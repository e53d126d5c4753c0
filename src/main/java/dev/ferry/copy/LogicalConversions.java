package dev.ferry.copy;

import dev.ferry.engine.model.LogicalType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import static dev.ferry.engine.model.LogicalType.*;

/**
 * Conversions between canonical values of two logical types, as a table: a type decision that
 * changes the logical type (TINYINT(1) → BOOLEAN, TIMESTAMPTZ → DATETIME, ENUM → TEXT) finds its
 * converter here. Each is exact for every value the preflight lets through.
 */
public final class LogicalConversions {

    private static final Set<LogicalType> INTEGERS = EnumSet.of(INT8, INT16, INT24, INT32, INT64, YEAR, BIT);
    private static final Set<LogicalType> TEXTS = EnumSet.of(CHAR, VARCHAR, TEXT, ENUM, SET, JSON, UUID, INTERVAL, OTHER);
    private static final Set<LogicalType> BINARIES = EnumSet.of(BINARY, VARBINARY, BLOB, GEOMETRY);
    private static final DateTimeFormatter TIMESTAMP_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

    private record Pair(LogicalType from, LogicalType to) { }

    private static final Map<Pair, UnaryOperator<Object>> TABLE = new HashMap<>();

    static {
        for (LogicalType i : INTEGERS) {
            put(BOOLEAN, i, v -> (Boolean) v ? 1L : 0L);
            put(i, BOOLEAN, v -> ((Number) v).longValue() != 0);
            put(i, DECIMAL, v -> v instanceof BigInteger b ? new BigDecimal(b) : BigDecimal.valueOf(((Number) v).longValue()));
            put(i, FLOAT64, v -> ((Number) v).doubleValue());
            for (LogicalType j : INTEGERS) {
                put(i, j, UnaryOperator.identity());
            }
        }
        put(DECIMAL, INT64, v -> ((BigDecimal) v).longValueExact());
        put(FLOAT32, FLOAT64, UnaryOperator.identity());
        put(FLOAT64, FLOAT32, UnaryOperator.identity());
        put(TIMESTAMPTZ, TIMESTAMP, v -> ((OffsetDateTime) v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        put(TIMESTAMP, TIMESTAMPTZ, v -> ((LocalDateTime) v).atOffset(ZoneOffset.UTC));
        put(DATE, TIMESTAMP, v -> ((LocalDate) v).atStartOfDay());
        for (LogicalType t : TEXTS) {
            for (LogicalType u : TEXTS) {
                put(t, u, UnaryOperator.identity());
            }
        }
        for (LogicalType b : BINARIES) {
            for (LogicalType c : BINARIES) {
                put(b, c, UnaryOperator.identity());
            }
        }
    }

    private LogicalConversions() {
    }

    private static void put(LogicalType from, LogicalType to, UnaryOperator<Object> conversion) {
        TABLE.put(new Pair(from, to), conversion);
    }

    /** The converter from one logical type to another, null-safe; empty when no exact one exists. */
    public static Optional<UnaryOperator<Object>> between(LogicalType from, LogicalType to) {
        if (from == to) {
            return Optional.of(UnaryOperator.identity());
        }
        UnaryOperator<Object> conversion = TABLE.get(new Pair(from, to));
        if (conversion == null && TEXTS.contains(to)) {
            conversion = LogicalConversions::asText;
        }
        if (conversion == null) {
            return Optional.empty();
        }
        UnaryOperator<Object> found = conversion;
        return Optional.of(v -> v == null ? null : found.apply(v));
    }

    /** Text form of any canonical value, for targets that keep a type as text. */
    static Object asText(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof LocalDateTime t) {
            return t.format(TIMESTAMP_TEXT);
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof byte[] bytes) {
            return java.util.HexFormat.of().formatHex(bytes);
        }
        if (value instanceof LocalTime || value instanceof LocalDate || value instanceof OffsetDateTime) {
            return value.toString();
        }
        return String.valueOf(value);
    }
}
