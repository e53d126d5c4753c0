package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.dialect.ValueCodec;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.LogicalType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import static dev.ferry.engine.model.LogicalType.*;

/**
 * SQLite session values (Long, Double, String, byte[]) ↔ canonical values, one row per logical
 * type. Decoders read what SQLite may hold under the declared type: integers within the declared
 * range, REAL decimals as written ({@code BigDecimal.valueOf}), decimal text, dates and times as
 * text ({@link TemporalText}), booleans as 0/1; {@link SqliteValueSql} is their SQL twin for the
 * preflight. Encoders refuse values of the wrong class instead of letting SQLite store anything.
 */
public final class SqliteCodec implements ValueCodec {

    static final Pattern DECIMAL_TEXT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Largest integer magnitude a double holds exactly. */
    static final long DOUBLE_EXACT_INTEGER = 1L << 53;

    private static final Map<LogicalType, Function<ColumnType, UnaryOperator<Object>>> DECODERS = new EnumMap<>(LogicalType.class);
    private static final Map<LogicalType, UnaryOperator<Object>> ENCODERS = new EnumMap<>(LogicalType.class);

    static {
        DECODERS.put(BOOLEAN, t -> v -> v instanceof Long l && (l == 0 || l == 1) ? l == 1 : StorageClass.unreadable(v, BOOLEAN));
        for (LogicalType integer : new LogicalType[] {INT8, INT16, INT24, INT32, INT64, YEAR, BIT}) {
            DECODERS.put(integer, SqliteCodec::integer);
        }
        DECODERS.put(DECIMAL, t -> SqliteCodec::decimal);
        DECODERS.put(FLOAT32, t -> v -> floating(v, FLOAT32));
        DECODERS.put(FLOAT64, t -> v -> floating(v, FLOAT64));
        for (LogicalType text : new LogicalType[] {CHAR, VARCHAR, TEXT, ENUM, SET, INTERVAL, OTHER}) {
            DECODERS.put(text, t -> v -> text(v, text));
        }
        DECODERS.put(JSON, t -> v -> v instanceof byte[] ? StorageClass.unreadable(v, JSON) : text(v, JSON));
        DECODERS.put(UUID, t -> SqliteCodec::uuid);
        for (LogicalType binary : new LogicalType[] {BINARY, VARBINARY, BLOB, GEOMETRY}) {
            DECODERS.put(binary, t -> v -> binary(v, binary));
        }
        DECODERS.put(DATE, t -> v -> temporal(v, DATE, TemporalText.parseDate(String.valueOf(v))));
        DECODERS.put(TIME, t -> v -> temporal(v, TIME, TemporalText.parseTime(String.valueOf(v))));
        DECODERS.put(TIMESTAMP, t -> v -> {
            OffsetDateTime parsed = TemporalText.parseTimestamp(String.valueOf(v));
            return temporal(v, TIMESTAMP, parsed == null ? null
                    : parsed.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        });
        DECODERS.put(TIMESTAMPTZ, t -> v -> temporal(v, TIMESTAMPTZ, TemporalText.parseTimestamp(String.valueOf(v))));

        ENCODERS.put(BOOLEAN, v -> expect(v, Boolean.class, BOOLEAN) ? ((Boolean) v ? 1L : 0L) : null);
        for (LogicalType integer : new LogicalType[] {INT8, INT16, INT24, INT32, INT64, YEAR, BIT}) {
            ENCODERS.put(integer, v -> toLong(v, integer));
        }
        ENCODERS.put(DECIMAL, v -> expect(v, BigDecimal.class, DECIMAL) ? ((BigDecimal) v).toPlainString() : null);
        ENCODERS.put(FLOAT32, v -> toDouble(v, FLOAT32));
        ENCODERS.put(FLOAT64, v -> toDouble(v, FLOAT64));
        for (LogicalType text : new LogicalType[] {CHAR, VARCHAR, TEXT, ENUM, SET, INTERVAL, OTHER, JSON, UUID}) {
            ENCODERS.put(text, v -> expect(v, String.class, text) ? v : null);
        }
        for (LogicalType binary : new LogicalType[] {BINARY, VARBINARY, BLOB, GEOMETRY}) {
            ENCODERS.put(binary, v -> expect(v, byte[].class, binary) ? v : null);
        }
        ENCODERS.put(DATE, v -> expect(v, LocalDate.class, DATE) ? TemporalText.format((LocalDate) v) : null);
        ENCODERS.put(TIME, v -> expect(v, LocalTime.class, TIME) ? TemporalText.format((LocalTime) v) : null);
        ENCODERS.put(TIMESTAMP, v -> expect(v, LocalDateTime.class, TIMESTAMP) ? TemporalText.format((LocalDateTime) v) : null);
        ENCODERS.put(TIMESTAMPTZ, v -> expect(v, OffsetDateTime.class, TIMESTAMPTZ)
                ? TemporalText.format((OffsetDateTime) v) : null);
    }

    @Override
    public UnaryOperator<Object> decoder(ColumnType type) {
        UnaryOperator<Object> decode = DECODERS.get(type.logical()).apply(type);
        return v -> v == null ? null : decode.apply(v);
    }

    @Override
    public UnaryOperator<Object> encoder(ColumnType type) {
        UnaryOperator<Object> encode = ENCODERS.get(type.logical());
        return v -> v == null ? null : encode.apply(v);
    }

    private static UnaryOperator<Object> integer(ColumnType type) {
        long[] range = IntegerRange.of(type);
        LogicalType logical = type.logical();
        return v -> v instanceof Long l && l >= range[0] && l <= range[1] ? l : StorageClass.unreadable(v, logical);
    }

    private static Object decimal(Object v) {
        if (v instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (v instanceof Double d && Double.isFinite(d)) {
            // As written: 0.99 stays 0.99 (new BigDecimal(0.99) would show the binary fraction).
            return BigDecimal.valueOf(d);
        }
        if (v instanceof String s && DECIMAL_TEXT.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        return StorageClass.unreadable(v, DECIMAL);
    }

    private static Object floating(Object v, LogicalType type) {
        if (v instanceof Double) {
            return v;
        }
        if (v instanceof Long l && Math.abs(l) <= DOUBLE_EXACT_INTEGER) {
            return l.doubleValue();
        }
        return StorageClass.unreadable(v, type);
    }

    private static Object text(Object v, LogicalType type) {
        if (v instanceof String) {
            return v;
        }
        if (v instanceof Long || v instanceof Double) {
            return v.toString();
        }
        return utf8((byte[]) v, type);
    }

    private static Object utf8(byte[] bytes, LogicalType type) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return StorageClass.unreadable(bytes, type);
        }
    }

    private static Object uuid(Object v) {
        if (v instanceof String s && UUID_TEXT.matcher(s).matches()) {
            return s.toLowerCase(Locale.ROOT);
        }
        if (v instanceof byte[] b && b.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(b);
            return new java.util.UUID(buffer.getLong(), buffer.getLong()).toString();
        }
        return StorageClass.unreadable(v, UUID);
    }

    private static Object binary(Object v, LogicalType type) {
        if (v instanceof byte[]) {
            return v;
        }
        if (v instanceof String s) {
            // Text in a BLOB column (e.g. descriptions): its UTF-8 bytes are the value.
            return s.getBytes(StandardCharsets.UTF_8);
        }
        return StorageClass.unreadable(v, type);
    }

    private static Object temporal(Object v, LogicalType type, Object parsed) {
        return v instanceof String && parsed != null ? parsed : StorageClass.unreadable(v, type);
    }

    private static boolean expect(Object v, Class<?> type, LogicalType logical) {
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException("A SQLite " + logical + " column cannot take " + StorageClass.describe(v));
        }
        return true;
    }

    private static Object toLong(Object v, LogicalType type) {
        if (v instanceof Long) {
            return v;
        }
        if (v instanceof BigInteger b && b.bitLength() < 64) {
            return b.longValueExact();
        }
        throw new IllegalArgumentException("A SQLite " + type + " column cannot take " + StorageClass.describe(v)
                + ": SQLite integers are 64-bit signed");
    }

    private static Object toDouble(Object v, LogicalType type) {
        if (v instanceof Double d && !d.isNaN()) {
            return d;
        }
        throw new IllegalArgumentException("A SQLite " + type + " column cannot take " + StorageClass.describe(v)
                + (v instanceof Double ? ": SQLite stores NaN as NULL" : ""));
    }
}
