package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.dialect.ValueCodec;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.LogicalType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static dev.ferry.engine.model.LogicalType.*;

/**
 * Session values of MySQL columns (as selected by {@link MySqlDataSql#selectExpression}) ↔ canonical
 * values. Dates, datetimes and times arrive as text and TIMESTAMP as epoch seconds (see
 * {@link MySqlTemporal}); BIGINT UNSIGNED arrives as BigDecimal; the rest as the session's usual
 * shapes. Encoders give what the session binds: TIMESTAMP as epoch seconds (the insert wraps it in
 * FROM_UNIXTIME), booleans as 0/1, everything else as the canonical value itself (BIT as a long
 * whose sign bit is bit 64: the insert casts it to UNSIGNED).
 */
public class MySqlCodec implements ValueCodec {

    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final Map<LogicalType, Function<ColumnType, UnaryOperator<Object>>> decoders = new EnumMap<>(LogicalType.class);
    private final Map<LogicalType, UnaryOperator<Object>> encoders = new EnumMap<>(LogicalType.class);

    public MySqlCodec() {
        decoders.put(BOOLEAN, t -> MySqlCodec::toBoolean);
        for (LogicalType integer : new LogicalType[] {INT8, INT16, INT24, INT32, YEAR, BIT}) {
            decoders.put(integer, t -> v -> ((Number) v).longValue());
        }
        decoders.put(INT64, t -> t.unsigned() ? MySqlCodec::toUnsigned : v -> toLong(v));
        decoders.put(DECIMAL, t -> v -> v instanceof BigDecimal d ? d : new BigDecimal(v.toString()));
        decoders.put(FLOAT32, t -> v -> ((Number) v).doubleValue());
        decoders.put(FLOAT64, t -> v -> ((Number) v).doubleValue());
        decoders.put(DATE, t -> v -> v instanceof LocalDate d ? d : MySqlTemporal.date(v.toString()));
        decoders.put(TIMESTAMP, t -> v -> v instanceof LocalDateTime d ? d : MySqlTemporal.dateTime(v.toString()));
        decoders.put(TIMESTAMPTZ, t -> MySqlCodec::toInstant);
        decoders.put(TIME, t -> v -> v instanceof Duration d ? MySqlTemporal.time(d) : MySqlTemporal.time(v.toString()));
        decoders.put(UUID, t -> v -> text(v).toLowerCase(Locale.ROOT));
        for (LogicalType text : new LogicalType[] {CHAR, VARCHAR, TEXT, ENUM, SET, JSON, INTERVAL, OTHER}) {
            decoders.put(text, t -> MySqlCodec::text);
        }
        for (LogicalType binary : new LogicalType[] {BINARY, VARBINARY, BLOB, GEOMETRY}) {
            decoders.put(binary, t -> v -> v instanceof byte[] ? v : v.toString().getBytes(StandardCharsets.UTF_8));
        }
        for (LogicalType type : LogicalType.values()) {
            encoders.put(type, UnaryOperator.identity());
        }
        encoders.put(BOOLEAN, v -> v instanceof Boolean b ? (b ? 1L : 0L) : v);
        encoders.put(TIMESTAMPTZ, v -> MySqlTemporal.epochSeconds((OffsetDateTime) v));
    }

    @Override
    public UnaryOperator<Object> decoder(ColumnType type) {
        return nullSafe(decoders.get(type.logical()).apply(type));
    }

    @Override
    public UnaryOperator<Object> encoder(ColumnType type) {
        return nullSafe(encoders.get(type.logical()));
    }

    private static UnaryOperator<Object> nullSafe(UnaryOperator<Object> converter) {
        return v -> v == null ? null : converter.apply(v);
    }

    /** TINYINT(1) may hold any TINYINT; only 0 and 1 are booleans, anything else is refused, not guessed. */
    private static Object toBoolean(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        long n = ((Number) v).longValue();
        if (n != 0 && n != 1) {
            throw new IllegalArgumentException("TINYINT(1) value " + n + " is not a boolean (0 or 1)");
        }
        return n == 1;
    }

    private static Object toLong(Object v) {
        return v instanceof BigDecimal d ? d.longValueExact() : ((Number) v).longValue();
    }

    private static Object toUnsigned(Object v) {
        if (v instanceof BigDecimal d) {
            return d.compareTo(LONG_MAX) > 0 ? d.toBigIntegerExact() : (Object) d.longValueExact();
        }
        return v instanceof BigInteger ? v : ((Number) v).longValue();
    }

    /** UNIX_TIMESTAMP(col) gives the instant whatever the session time zone; a bare value is taken as UTC. */
    private static Object toInstant(Object v) {
        if (v instanceof LocalDateTime t) {
            return t.atOffset(ZoneOffset.UTC);
        }
        if (v instanceof OffsetDateTime) {
            return v;
        }
        return MySqlTemporal.instant((Number) v);
    }

    private static String text(Object v) {
        if (v instanceof String s) {
            return s;
        }
        return v instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : v.toString();
    }
}
