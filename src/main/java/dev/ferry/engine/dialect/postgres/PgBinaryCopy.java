package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.BulkBytes;
import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.Table;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static dev.ferry.engine.model.LogicalType.*;

/**
 * {@code COPY … FROM STDIN (FORMAT binary)}: each value in the type's binary send/receive form, so
 * the server parses no text (no numeric, float or date parsing, no escapes). Which target types
 * travel this way is a table; a table with any other column type loads as text. Every value goes
 * through the same receive function checks and column typmod as its text would (range, length,
 * scale, precision), so both forms load the same values or fail alike; integers are range-checked
 * here, where text would have been refused by the server.
 */
final class PgBinaryCopy implements BulkFormat.BinaryForm {

    /** Writes one non-null canonical value as a length-prefixed field. */
    @FunctionalInterface
    private interface FieldWriter {
        void write(Object value, BulkBytes out);
    }

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** 2000-01-01, PostgreSQL's epoch for dates and timestamps, as days since 1970-01-01. */
    private static final long PG_EPOCH_DAY = 10_957;
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    private static final Map<LogicalType, Function<Column, FieldWriter>> WRITERS = new EnumMap<>(LogicalType.class);

    static {
        WRITERS.put(BOOLEAN, c -> (v, out) -> out.writeInt(1).writeByte((Boolean) v ? 1 : 0));
        WRITERS.put(INT16, c -> (v, out) -> out.writeInt(2).writeShort((short) ranged(v, Short.MIN_VALUE, Short.MAX_VALUE, "smallint")));
        WRITERS.put(INT32, c -> (v, out) -> out.writeInt(4).writeInt((int) ranged(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "integer")));
        WRITERS.put(INT64, c -> (v, out) -> out.writeInt(8).writeLong(exactLong(v)));
        WRITERS.put(FLOAT64, c -> (v, out) -> out.writeInt(8).writeLong(Double.doubleToLongBits(((Number) v).doubleValue())));
        WRITERS.put(DECIMAL, c -> PgNumericBinary::write);
        FieldWriter text = (v, out) -> out.writeUtf8Field(v.toString());
        for (LogicalType t : new LogicalType[] {CHAR, VARCHAR, TEXT, ENUM, SET}) {
            WRITERS.put(t, c -> text);
        }
        // jsonb's binary form is a version byte before the text; json's is the text itself.
        WRITERS.put(JSON, c -> PostgresTargets.base(c.type()).equals("jsonb") ? PgBinaryCopy::jsonb : text);
        WRITERS.put(BLOB, c -> (v, out) -> out.writeField((byte[]) v));
        WRITERS.put(DATE, c -> (v, out) -> out.writeInt(4).writeInt(days((LocalDate) v)));
        WRITERS.put(TIME, c -> (v, out) -> out.writeInt(8).writeLong(micros(((LocalTime) v).toNanoOfDay())));
        WRITERS.put(TIMESTAMP, c -> (v, out) -> out.writeInt(8).writeLong(timestamp((LocalDateTime) v)));
        WRITERS.put(TIMESTAMPTZ, c -> (v, out) -> out.writeInt(8).writeLong(instant((OffsetDateTime) v)));
    }

    private final String statement;
    private final FieldWriter[] writers;

    private PgBinaryCopy(String statement, FieldWriter[] writers) {
        this.statement = statement;
        this.writers = writers;
    }

    /** The binary form of a table, when every one of its column types has a row in the table above. */
    static Optional<BulkFormat.BinaryForm> of(Table table, String textStatement) {
        List<Column> columns = table.columns();
        FieldWriter[] writers = new FieldWriter[columns.size()];
        for (int i = 0; i < writers.length; i++) {
            Function<Column, FieldWriter> writer = WRITERS.get(columns.get(i).type().logical());
            if (writer == null) {
                return Optional.empty();
            }
            writers[i] = writer.apply(columns.get(i));
        }
        return Optional.of(new PgBinaryCopy(textStatement + " WITH (FORMAT binary)", writers));
    }

    @Override
    public String statement() {
        return statement;
    }

    @Override
    public void begin(BulkBytes out) {
        out.write(SIGNATURE).writeInt(0).writeInt(0);
    }

    @Override
    public void append(Object[] canonical, BulkBytes out) {
        out.writeShort(writers.length);
        for (int i = 0; i < writers.length; i++) {
            Object value = canonical[i];
            if (value == null) {
                out.writeInt(-1);
            } else {
                writers[i].write(value, out);
            }
        }
    }

    @Override
    public void end(BulkBytes out) {
        out.writeShort(-1);
    }

    private static long ranged(Object value, long min, long max, String type) {
        long v = exactLong(value);
        if (v < min || v > max) {
            throw new IllegalArgumentException("Value " + v + " is out of range for " + type);
        }
        return v;
    }

    private static long exactLong(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof BigInteger b) {
            return b.longValueExact();
        }
        if (value instanceof BigDecimal d) {
            return d.longValueExact();
        }
        return ((Number) value).longValue();
    }

    private static void jsonb(Object value, BulkBytes out) {
        byte[] json = value.toString().getBytes(StandardCharsets.UTF_8);
        out.writeInt(json.length + 1).writeByte(1).write(json);
    }

    private static int days(LocalDate date) {
        if (date.equals(LocalDate.MAX)) {
            return Integer.MAX_VALUE;
        }
        if (date.equals(LocalDate.MIN)) {
            return Integer.MIN_VALUE;
        }
        return Math.toIntExact(date.toEpochDay() - PG_EPOCH_DAY);
    }

    /** Sub-microsecond digits rounded as PostgreSQL's text input rounds them. */
    private static long micros(long nanos) {
        return nanos % 1000 == 0 ? nanos / 1000 : (long) Math.rint(nanos / 1000.0);
    }

    private static long timestamp(LocalDateTime t) {
        if (t.equals(LocalDateTime.MAX)) {
            return Long.MAX_VALUE;
        }
        if (t.equals(LocalDateTime.MIN)) {
            return Long.MIN_VALUE;
        }
        return (t.toLocalDate().toEpochDay() - PG_EPOCH_DAY) * MICROS_PER_DAY + micros(t.toLocalTime().toNanoOfDay());
    }

    private static long instant(OffsetDateTime t) {
        LocalDateTime local = t.toLocalDateTime();
        if (local.equals(LocalDateTime.MAX) || local.equals(LocalDateTime.MIN)) {
            return timestamp(local);
        }
        return timestamp(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
    }
}
