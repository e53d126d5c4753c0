package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.ValueCodec;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.LogicalType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static dev.ferry.engine.model.LogicalType.*;

/**
 * Session values ↔ canonical values for PostgreSQL columns, as a table per logical type. Values
 * travel in the shapes {@link PgColumns} selects and binds: Long for integers, Double for floats,
 * text for numeric, temporals, bit strings and the text-carried types. Numeric NaN and ±Infinity
 * decode to Double, the shape the NaN/Infinity preflight rule recognises.
 */
public final class PostgresCodec implements ValueCodec {

    private record Pair(Function<ColumnType, UnaryOperator<Object>> decoder,
                        Function<ColumnType, UnaryOperator<Object>> encoder) { }

    private static final UnaryOperator<Object> IDENTITY = v -> v;
    private static final UnaryOperator<Object> TO_STRING = Object::toString;
    private static final Pair SAME = new Pair(t -> IDENTITY, t -> IDENTITY);
    private static final Pair AS_TEXT = new Pair(t -> TO_STRING, t -> TO_STRING);

    private static final Map<LogicalType, Pair> PAIRS = new EnumMap<>(LogicalType.class);

    static {
        PAIRS.put(BOOLEAN, SAME);
        Pair integer = new Pair(t -> v -> ((Number) v).longValue(), t -> PostgresCodec::toLong);
        for (LogicalType t : new LogicalType[] {INT8, INT16, INT24, INT32, INT64, YEAR}) {
            PAIRS.put(t, integer);
        }
        Pair floating = new Pair(t -> v -> ((Number) v).doubleValue(), t -> v -> ((Number) v).doubleValue());
        PAIRS.put(FLOAT32, floating);
        PAIRS.put(FLOAT64, floating);
        PAIRS.put(DECIMAL, new Pair(t -> PostgresCodec::decodeNumeric, t -> PostgresCodec::encodeNumeric));
        for (LogicalType t : new LogicalType[] {CHAR, VARCHAR, TEXT, SET, ENUM, JSON, UUID, INTERVAL, OTHER}) {
            PAIRS.put(t, AS_TEXT);
        }
        for (LogicalType t : new LogicalType[] {BINARY, VARBINARY, BLOB, GEOMETRY}) {
            PAIRS.put(t, SAME);
        }
        PAIRS.put(DATE, new Pair(t -> v -> v instanceof String s ? PgTemporal.parseDate(s) : v,
                t -> v -> PgTemporal.formatDate((LocalDate) v)));
        PAIRS.put(TIME, new Pair(t -> v -> v instanceof String s ? PgTemporal.parseTime(s) : v,
                t -> v -> PgTemporal.formatTime((LocalTime) v)));
        PAIRS.put(TIMESTAMP, new Pair(t -> v -> v instanceof String s ? PgTemporal.parseTimestamp(s) : v,
                t -> v -> PgTemporal.formatTimestamp((LocalDateTime) v)));
        PAIRS.put(TIMESTAMPTZ, new Pair(t -> PostgresCodec::decodeInstant, t -> PostgresCodec::encodeInstant));
        PAIRS.put(BIT, new Pair(t -> PostgresCodec::decodeBits, PostgresCodec::bitEncoder));
    }

    @Override
    public UnaryOperator<Object> decoder(ColumnType type) {
        return nullSafe(PAIRS.get(type.logical()).decoder().apply(type));
    }

    @Override
    public UnaryOperator<Object> encoder(ColumnType type) {
        return nullSafe(PAIRS.get(type.logical()).encoder().apply(type));
    }

    private static UnaryOperator<Object> nullSafe(UnaryOperator<Object> f) {
        return v -> v == null ? null : f.apply(v);
    }

    /** Never wraps: a BigInteger beyond a long fails here rather than landing as another number. */
    private static Object toLong(Object v) {
        if (v instanceof BigInteger b) {
            return b.longValueExact();
        }
        if (v instanceof BigDecimal d) {
            return d.longValueExact();
        }
        return ((Number) v).longValue();
    }

    private static Object decodeNumeric(Object v) {
        if (!(v instanceof String s)) {
            return v;
        }
        return switch (s) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> new BigDecimal(s);
        };
    }

    private static Object encodeNumeric(Object v) {
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return d.isNaN() ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        }
        if (v instanceof Double || v instanceof Float) {
            return new BigDecimal(v.toString()).toPlainString();
        }
        return v.toString();
    }

    private static Object decodeInstant(Object v) {
        if (v instanceof String s) {
            return PgTemporal.parseTimestamp(s).atOffset(ZoneOffset.UTC);
        }
        return v;
    }

    private static Object encodeInstant(Object v) {
        OffsetDateTime t = (OffsetDateTime) v;
        LocalDateTime utc = t.toLocalDateTime().equals(LocalDateTime.MAX) || t.toLocalDateTime().equals(LocalDateTime.MIN)
                ? t.toLocalDateTime() : t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        return PgTemporal.formatTimestamp(utc);
    }

    private static Object decodeBits(Object v) {
        String bits = v.toString();
        return bits.isEmpty() ? 0L : Long.parseUnsignedLong(bits, 2);
    }

    /** bit(n) needs exactly n digits; bit varying takes the shortest form. */
    private static UnaryOperator<Object> bitEncoder(ColumnType type) {
        boolean fixed = type.nativeType() != null && type.nativeType().startsWith("bit(");
        int width = fixed && type.length() != null ? type.length() : 0;
        return v -> {
            String bits = Long.toBinaryString(((Number) v).longValue());
            return bits.length() >= width ? bits : "0".repeat(width - bits.length()) + bits;
        };
    }
}
