package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.model.CanonicalValues;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.SessionException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

import static dev.ferry.engine.model.LogicalType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Canonical values of every logical type, extremes included, go through encoder → insert →
 * select → decoder and come back equal, over the text protocol (queries without parameters)
 * and the binary one (prepared statements and cursors).
 */
abstract class ValueRoundTripContractTest extends MySqlFamilyTestSupport {

    private record Sample(String column, ColumnType source, List<Object> values) {
        static Sample of(String column, ColumnType source, Object... values) {
            return new Sample(column, source, Arrays.asList(values));
        }
    }

    private static final byte[] POINT = HexFormat.of().parseHex("0101000000000000000000f03f0000000000000040");
    private static final byte[] LINE = HexFormat.of().parseHex(
            "01020000000200000000000000000000000000000000000000000000000000f03f000000000000f83f");

    private static List<Sample> samples() {
        return List.of(
                Sample.of("b", type(BOOLEAN, "boolean"), true, false),
                Sample.of("i8", type(INT8, "tinyint"), -128L, 127L, 0L),
                Sample.of("i16", type(INT16, "smallint"), -32768L, 32767L),
                Sample.of("i24", type(INT24, "mediumint"), -8388608L, 8388607L),
                Sample.of("i32", type(INT32, "integer"), (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE),
                Sample.of("i64", type(INT64, "bigint"), Long.MIN_VALUE, Long.MAX_VALUE),
                Sample.of("u64", type(INT64, "bigint unsigned").withUnsigned(true), 0L, Long.MAX_VALUE,
                        BigInteger.ONE.shiftLeft(63), BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)),
                Sample.of("u32", type(INT64, "int unsigned").withUnsigned(true), 4294967295L, 0L),
                Sample.of("dec", type(DECIMAL, "numeric(65,30)").withPrecision(65, 30),
                        new BigDecimal("99999999999999999999999999999999999.999999999999999999999999999999"),
                        new BigDecimal("-99999999999999999999999999999999999.999999999999999999999999999999"),
                        new BigDecimal("0.000000000000000000000000000001")),
                Sample.of("dec2", type(DECIMAL, "numeric(10,2)").withPrecision(10, 2), new BigDecimal("-99999999.99"),
                        new BigDecimal("0.10")),
                Sample.of("num", type(DECIMAL, "numeric"), new BigDecimal("12345678901234567890.123456789")),
                Sample.of("f32", type(FLOAT32, "real"), 1.5, (double) Float.MAX_VALUE, (double) Float.MIN_VALUE,
                        (double) 0.1f, (double) 16777216f),
                Sample.of("f64", type(FLOAT64, "double precision"), Double.MAX_VALUE, Double.MIN_VALUE, 0.1, -1e-300,
                        123456789.12345678),
                Sample.of("ch", type(CHAR, "character(10)").withLength(10), "abc", "0123456789"),
                Sample.of("vc", type(VARCHAR, "character varying(200)").withLength(200), TortureSchema.UNICODE,
                        TortureSchema.NASTY, "", "trailing  "),
                Sample.of("tx", type(TEXT, "text"), "z".repeat(100_000), "NUL \u0000 inside"),
                Sample.of("bn", type(BINARY, "binary(4)").withLength(4), HexFormat.of().parseHex("00ff7f80")),
                Sample.of("vb", type(VARBINARY, "varbinary(300)").withLength(300), TortureSchema.ALL_BYTES, new byte[0]),
                Sample.of("bl", type(BLOB, "bytea"), repeat(TortureSchema.ALL_BYTES, 1000)),
                Sample.of("d", type(DATE, "date"), LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31),
                        LocalDate.of(2024, 2, 29)),
                Sample.of("t", type(TIME, "time(6)").withPrecision(6, null), LocalTime.MIDNIGHT,
                        LocalTime.of(23, 59, 59, 999_999_000), LocalTime.of(12, 34, 56, 500_000_000)),
                Sample.of("ts", type(TIMESTAMP, "timestamp(6) without time zone").withPrecision(6, null),
                        LocalDateTime.of(1000, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
                        LocalDateTime.of(2024, 2, 29, 12, 0, 0, 1_000)),
                Sample.of("tz", type(TIMESTAMPTZ, "timestamp(6)").withPrecision(6, null),
                        OffsetDateTime.of(1970, 1, 1, 0, 0, 1, 0, ZoneOffset.UTC),
                        OffsetDateTime.of(2038, 1, 19, 3, 14, 7, 999_999_000, ZoneOffset.UTC),
                        OffsetDateTime.of(2021, 3, 28, 2, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30))),
                Sample.of("y", type(YEAR, "year"), 1901L, 2155L),
                Sample.of("j", type(JSON, "json"), TortureSchema.JSON, "[]"),
                Sample.of("u", type(UUID, "uuid"), "123e4567-e89b-12d3-a456-426614174000"),
                Sample.of("e", type(ENUM, "enum").withMembers(List.of("a", "b'c", "x y")), "b'c", "x y"),
                Sample.of("s", type(SET, "set").withMembers(List.of("r", "g", "b")), "r,b", ""),
                Sample.of("bit", type(BIT, "bit(12)").withLength(12), 0L, 4095L),
                Sample.of("bit64", type(BIT, "bit(64)").withLength(64), -1L, Long.MAX_VALUE, Long.MIN_VALUE),
                Sample.of("g", type(GEOMETRY, "geometry"), POINT, LINE),
                Sample.of("iv", type(INTERVAL, "interval"), "1 year 2 mons 3 days 04:05:06"),
                Sample.of("o", type(OTHER, "tsvector"), "'a':1 'b':2"));
    }

    @Test
    void everyLogicalTypeRoundTripsWithItsExtremes() {
        List<Sample> samples = samples();
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("id", ColumnType.of(INT64, "bigint"), false));
        samples.forEach(s -> columns.add(Column.of(s.column(), dialect().types().target(s.source()).target(), true)));
        Table table = new Table("vals", columns, List.of("id"), List.of(), List.of(), 0);
        int rows = samples.stream().mapToInt(s -> s.values().size()).max().orElseThrow();
        List<Object[]> expected = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            Object[] row = new Object[columns.size()];
            row[0] = (long) r;
            for (int c = 0; c < samples.size(); c++) {
                List<Object> values = samples.get(c).values();
                row[c + 1] = r < values.size() ? values.get(r) : null;
            }
            expected.add(row);
        }
        write(table, expected);

        List<UnaryOperator<Object>> decoders = columns.stream().map(c -> dialect().codec().decoder(c.type())).toList();
        List<Object[]> text = inSession(s -> s.query(dialect().data().selectAll(table)));
        List<Object[]> binary = inSession(s -> {
            List<Object[]> out = new ArrayList<>();
            s.begin();
            s.stream(dialect().data().selectAll(table), List.of(), () -> 2, out::addAll);
            s.commit();
            return out;
        });
        List<Object> keys = expected.stream().map(r -> r[0]).toList();
        List<Object[]> byKeys = inSession(s -> s.query(dialect().data().selectByKeys(table, keys.size()), keys));
        assertEquals(normalize(expected), normalize(decode(text, decoders)), "text protocol");
        assertEquals(normalize(expected), normalize(decode(binary, decoders)), "binary protocol");
        assertEquals(normalize(expected), normalize(decode(byKeys, decoders)), "prepared statement");
    }

    @Test
    void zeroDatesReadAsNullWithoutFailing() {
        database.execute("CREATE TABLE zero_dates (id INT NOT NULL PRIMARY KEY, d DATE, dt DATETIME(6), ts TIMESTAMP NULL)",
                "SET SESSION sql_mode = ''",
                "INSERT INTO zero_dates VALUES (1, '0000-00-00', '0000-00-00 00:00:00', '0000-00-00 00:00:00'),"
                        + " (2, '2020-00-15', '2020-00-15 10:00:00.5', NULL), (3, '2020-05-00', '2020-05-00 00:00:00', NULL),"
                        + " (4, '2020-05-06', '2020-05-06 07:08:09.123456', '2020-05-06 07:08:09'), (5, NULL, NULL, NULL)");
        Table table = readSchema().table("zero_dates").orElseThrow();
        List<UnaryOperator<Object>> decoders = table.columns().stream()
                .map(c -> dialect().codec().decoder(c.type())).toList();
        List<Object[]> rows = decode(inSession(s -> s.query(dialect().data().selectAll(table))), decoders);
        for (int r = 0; r < 3; r++) {
            assertNull(rows.get(r)[1], "date of row " + (r + 1));
            assertNull(rows.get(r)[2], "datetime of row " + (r + 1));
        }
        assertNull(rows.get(0)[3]);
        assertEquals(LocalDate.of(2020, 5, 6), rows.get(3)[1]);
        assertEquals(LocalDateTime.of(2020, 5, 6, 7, 8, 9, 123_456_000), rows.get(3)[2]);
        assertEquals(CanonicalValues.normalize(OffsetDateTime.of(2020, 5, 6, 7, 8, 9, 0, ZoneOffset.UTC)),
                CanonicalValues.normalize(rows.get(3)[3]));
    }

    @Test
    void timesOutsideOneDayAreRefusedClearly() {
        database.execute("CREATE TABLE long_times (id INT NOT NULL PRIMARY KEY, t TIME)",
                "INSERT INTO long_times VALUES (1, '25:00:00'), (2, '-00:00:01'), (3, '838:59:59'), (4, '07:08:09')");
        Table table = readSchema().table("long_times").orElseThrow();
        UnaryOperator<Object> decoder = dialect().codec().decoder(table.columns().get(1).type());
        List<Object[]> rows = inSession(s -> s.query(dialect().data().selectAll(table)));
        for (int r = 0; r < 3; r++) {
            Object raw = rows.get(r)[1];
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> decoder.apply(raw));
            assertTrue(refused.getMessage().contains("TIME value"), refused.getMessage());
        }
        assertEquals(LocalTime.of(7, 8, 9), decoder.apply(rows.get(3)[1]));
    }

    @Test
    void aTinyint1HoldingAnythingButZeroOrOneIsNotGuessedAsABoolean() {
        database.execute("CREATE TABLE flags (id INT NOT NULL PRIMARY KEY, f TINYINT(1))",
                "INSERT INTO flags VALUES (1, 0), (2, 1), (3, 2)");
        Table table = readSchema().table("flags").orElseThrow();
        UnaryOperator<Object> decoder = dialect().codec().decoder(table.columns().get(1).type());
        List<Object[]> rows = inSession(s -> s.query(dialect().data().selectAll(table)));
        assertEquals(false, decoder.apply(rows.get(0)[1]));
        assertEquals(true, decoder.apply(rows.get(1)[1]));
        assertThrows(IllegalArgumentException.class, () -> decoder.apply(rows.get(2)[1]));
    }

    @Test
    void bulkLoadRefusesTruncationKeepsZeroKeysAndRestoresTheSession() {
        database.execute("CREATE TABLE strict_target (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, s VARCHAR(3))");
        Table table = readSchema().table("strict_target").orElseThrow();
        inSession(s -> {
            Object mode = s.queryValue("SELECT @@SESSION.sql_mode", List.of());
            Object zone = s.queryValue("SELECT @@SESSION.time_zone", List.of());
            dialect().data().bulkLoadSetup().forEach(s::update);
            assertEquals(0L, ((Number) s.queryValue("SELECT @@SESSION.foreign_key_checks", List.of())).longValue());
            assertThrows(SessionException.class, () -> s.update(dialect().data().insert(table, 1), List.of(1L, "toolong")));
            s.update(dialect().data().insert(table, 1), List.of(0L, "abc"));
            dialect().data().bulkLoadTeardown().forEach(s::update);
            assertEquals(mode, s.queryValue("SELECT @@SESSION.sql_mode", List.of()));
            assertEquals(zone, s.queryValue("SELECT @@SESSION.time_zone", List.of()));
            assertEquals(1L, ((Number) s.queryValue("SELECT @@SESSION.foreign_key_checks", List.of())).longValue());
            return null;
        });
        assertEquals(List.of(0L), inSession(s -> s.query("SELECT id FROM strict_target")).stream().map(r -> r[0]).toList());
    }

    private void write(Table table, List<Object[]> canonicalRows) {
        List<UnaryOperator<Object>> encoders = table.columns().stream()
                .map(c -> dialect().codec().encoder(c.type())).toList();
        List<Object> params = new ArrayList<>();
        for (Object[] row : canonicalRows) {
            for (int i = 0; i < row.length; i++) {
                params.add(encoders.get(i).apply(row[i]));
            }
        }
        inSession(s -> {
            dialect().ddl().createTable(table).forEach(s::update);
            dialect().data().bulkLoadSetup().forEach(s::update);
            s.begin();
            try {
                s.update(dialect().data().insert(table, canonicalRows.size()), params);
                s.commit();
            } catch (RuntimeException e) {
                s.rollback();
                throw e;
            } finally {
                dialect().data().bulkLoadTeardown().forEach(s::update);
            }
            return null;
        });
    }

    private static List<Object[]> decode(List<Object[]> rows, List<UnaryOperator<Object>> decoders) {
        List<Object[]> out = new ArrayList<>();
        for (Object[] row : rows) {
            Object[] decoded = new Object[row.length];
            for (int i = 0; i < row.length; i++) {
                decoded[i] = decoders.get(i).apply(row[i]);
            }
            out.add(decoded);
        }
        return out;
    }

    private static List<List<String>> normalize(List<Object[]> rows) {
        return rows.stream().map(r -> Arrays.stream(r).map(CanonicalValues::normalize).toList()).toList();
    }

    private static byte[] repeat(byte[] bytes, int times) {
        byte[] out = new byte[bytes.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(bytes, 0, out, i * bytes.length, bytes.length);
        }
        return out;
    }

    private static ColumnType type(LogicalType logical, String nativeType) {
        return ColumnType.of(logical, nativeType);
    }
}
