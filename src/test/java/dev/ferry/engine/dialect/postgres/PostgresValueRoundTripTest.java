package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.DataSql;
import dev.ferry.engine.model.CanonicalValues;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static dev.ferry.engine.dialect.postgres.PgTestDatabase.PG;
import static dev.ferry.engine.model.LogicalType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For each logical type: canonical values (with extremes) → encoder → multi-row insert → select →
 * decoder give back equal values, whether the page came over the simple protocol (text) or the
 * extended one (binary).
 */
class PostgresValueRoundTripTest {

    private static final AtomicInteger TABLES = new AtomicInteger();
    private static PgTestDatabase db;

    @BeforeAll
    static void create() {
        db = new PgTestDatabase("ferry_pg_values");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                of("boolean", ColumnType.of(BOOLEAN, "boolean"), true, false),
                of("tinyint", ColumnType.of(INT8, "tinyint"), -128L, 127L),
                of("tinyint unsigned", ColumnType.of(INT16, "tinyint unsigned").withUnsigned(true), 0L, 255L),
                of("smallint", ColumnType.of(INT16, "smallint"), -32768L, 32767L),
                of("mediumint", ColumnType.of(INT24, "mediumint"), -8388608L, 8388607L),
                of("integer", ColumnType.of(INT32, "integer"), (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE),
                of("bigint", ColumnType.of(INT64, "bigint"), Long.MIN_VALUE, Long.MAX_VALUE),
                of("bigint unsigned", ColumnType.of(INT64, "bigint unsigned").withUnsigned(true),
                        new BigDecimal("18446744073709551615"), BigDecimal.ZERO),
                of("decimal(38,10)", ColumnType.of(DECIMAL, "decimal(38,10)").withPrecision(38, 10),
                        new BigDecimal("1234567890123456789012345678.0123456789"), new BigDecimal("-0.0000000001"),
                        BigDecimal.ZERO),
                of("numeric", ColumnType.of(DECIMAL, "numeric"), Double.NaN, Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY, new BigDecimal("1E-30"), new BigDecimal("-123456789012345678901234567890.123456789")),
                of("real", ColumnType.of(FLOAT32, "real"), (double) Float.MAX_VALUE, (double) Float.MIN_VALUE, (double) 3.14f,
                        Double.NaN, Double.NEGATIVE_INFINITY, -0.0d),
                of("double", ColumnType.of(FLOAT64, "double precision"), Double.MAX_VALUE, Double.MIN_VALUE, 0.1,
                        Double.NaN, Double.POSITIVE_INFINITY),
                of("char(5)", ColumnType.of(CHAR, "char(5)").withLength(5), "ab", "abcde", "", "é👋"),
                of("varchar(100)", ColumnType.of(VARCHAR, "varchar(100)").withLength(100),
                        "héllo 👋🏽 e\u0301 ñ", "it's \"quoted\" \\ back\nnew\r\ttab", ""),
                of("text", ColumnType.of(TEXT, "longtext"), "ø😀\u0301".repeat(30_000), "'; DROP TABLE x; --"),
                of("set", ColumnType.of(SET, "set('a','b')").withMembers(List.of("a", "b")), "a,b", ""),
                of("enum", ColumnType.of(ENUM, "enum").withMembers(List.of("a", "b c", "it's", "☺")), "a", "b c", "it's", "☺"),
                of("blob", ColumnType.of(BLOB, "longblob"), allBytes(), new byte[0]),
                of("geometry", ColumnType.of(GEOMETRY, "geometry"), new byte[] {1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, -16, 63,
                        0, 0, 0, 0, 0, 0, 0, 64}),
                of("date", ColumnType.of(DATE, "date"), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
                        LocalDate.of(-43, 3, 15), LocalDate.MAX, LocalDate.MIN, LocalDate.of(2024, 2, 29),
                        LocalDate.of(12345, 6, 7)),
                of("time(6)", ColumnType.of(TIME, "time(6)").withPrecision(6, null), LocalTime.MIDNIGHT,
                        LocalTime.of(23, 59, 59, 999_999_000), LocalTime.of(12, 34, 56, 500_000_000)),
                of("datetime(6)", ColumnType.of(TIMESTAMP, "datetime(6)").withPrecision(6, null),
                        LocalDateTime.of(1970, 1, 1, 0, 0), LocalDateTime.of(2024, 2, 29, 12, 34, 56, 123_456_000),
                        LocalDateTime.of(-43, 3, 15, 12, 0), LocalDateTime.MAX, LocalDateTime.MIN),
                of("timestamptz", ColumnType.of(TIMESTAMPTZ, "timestamp with time zone"),
                        OffsetDateTime.of(2024, 2, 29, 12, 34, 56, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30)),
                        OffsetDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC),
                        LocalDateTime.MAX.atOffset(ZoneOffset.UTC)),
                of("year", ColumnType.of(YEAR, "year"), 1901L, 2155L, 0L),
                of("json", ColumnType.of(JSON, "json"), "{\"b\": 1,  \"a\": [true, null, \"é\\n\"]}", "[]", "\"s\"", "12.50"),
                of("jsonb", ColumnType.of(JSON, "jsonb"), "{\"a\": 1, \"b\": [1, 2]}"),
                of("uuid", ColumnType.of(UUID, "uuid"), "123e4567-e89b-12d3-a456-426614174000",
                        "00000000-0000-0000-0000-000000000000"),
                of("bit(8)", ColumnType.of(BIT, "bit(8)").withLength(8), 0L, 255L, 5L),
                of("bit(64)", ColumnType.of(BIT, "bit(64)").withLength(64), -1L, Long.MIN_VALUE, 1L),
                of("bit varying(16)", ColumnType.of(BIT, "bit varying(16)").withLength(16), 1023L, 0L),
                of("interval", ColumnType.of(INTERVAL, "interval"), "1 year 2 mons 3 days 04:05:06.789", "-00:00:01"),
                of("inet", ColumnType.of(OTHER, "inet"), "192.168.0.1/24", "::1"),
                of("text[]", ColumnType.of(OTHER, "text[]"), "{a,\"b c\",NULL}"),
                of("timetz", ColumnType.of(OTHER, "time with time zone"), "12:00:00+05:30"),
                of("foreign other", ColumnType.of(OTHER, "inet6"), "::ffff:1.2.3.4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void canonicalValuesSurviveEncodeInsertSelectDecode(String label, ColumnType source, List<Object> values) {
        Table table = createTable(source);
        ColumnType type = table.columns().get(1).type();
        UnaryOperator<Object> encodeKey = PG.codec().encoder(table.columns().get(0).type());
        UnaryOperator<Object> encode = PG.codec().encoder(type);
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            params.add(encodeKey.apply((long) i));
            params.add(encode.apply(values.get(i)));
        }
        db.withSession(s -> s.update(PG.data().insert(table, values.size()), params));

        assertEquals(normalized(values), normalized(decode(type, db.withSession(s -> s.query(PG.data().selectAll(table))))),
                "simple protocol");
        assertEquals(normalized(values), normalized(decode(type, readInPagesOfOne(table))), "extended protocol");
    }

    @Test
    void nativelyInsertedValuesDecodeToTheirCanonicalValues() {
        db.execute("CREATE TYPE native_mood AS ENUM ('sad', 'o''k')",
                "CREATE TABLE native_values (id integer PRIMARY KEY, i2 smallint, i8 bigint, n numeric(30,10), nn numeric,"
                        + " r real, f float8, d date, ts timestamp(6), tz timestamptz(6), t time(6), js json, jb jsonb,"
                        + " u uuid, b bytea, txt text, ch char(4), bits bit(4), iv interval, mood native_mood)",
                "INSERT INTO native_values VALUES (1, -32768, -9223372036854775808, -12345678901234567890.0123456789,"
                        + " 'NaN', '3.4028235e38', '1.7976931348623157e308', '0044-03-15 BC', '2024-02-29 12:34:56.123456',"
                        + " '2024-02-29 12:34:56.123456+05:30', '23:59:59.999999', '{\"b\":1,  \"a\":2}',"
                        + " '{\"b\":1,  \"a\":2}', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', '\\x" + HexFormat.of().formatHex(allBytes())
                        + "', 'héllo 👋🏽 e\u0301 it''s \\ \"q\"' || chr(10), 'ab', B'0101', '1 day 2 hours', 'o''k')",
                "INSERT INTO native_values (id) VALUES (2)");
        Table table = db.table("native_values");
        List<Object> expected = List.of(1L, -32768L, Long.MIN_VALUE, new BigDecimal("-12345678901234567890.0123456789"),
                Double.NaN, (double) Float.MAX_VALUE, Double.MAX_VALUE, LocalDate.of(-43, 3, 15),
                LocalDateTime.of(2024, 2, 29, 12, 34, 56, 123_456_000),
                OffsetDateTime.of(2024, 2, 29, 7, 4, 56, 123_456_000, ZoneOffset.UTC), LocalTime.of(23, 59, 59, 999_999_000),
                "{\"b\":1,  \"a\":2}", "{\"a\": 2, \"b\": 1}", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", allBytes(),
                "héllo 👋🏽 e\u0301 it's \\ \"q\"\n", "ab", 5L, "1 day 02:00:00", "o'k");
        List<Object[]> rows = db.withSession(s -> s.query(PG.data().selectAll(table)));
        List<Object> decoded = new ArrayList<>();
        List<Object> nulls = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            UnaryOperator<Object> decoder = PG.codec().decoder(table.columns().get(i).type());
            decoded.add(decoder.apply(rows.get(0)[i]));
            nulls.add(i == 0 ? 2L : decoder.apply(rows.get(1)[i]));
        }
        assertEquals(normalized(expected), normalized(decoded));
        List<Object> allNull = new ArrayList<>(Collections.nCopies(table.columns().size(), null));
        allNull.set(0, 2L);
        assertEquals(normalized(allNull), normalized(nulls));
    }

    private static Table createTable(ColumnType source) {
        return db.createValueTable("v_" + TABLES.incrementAndGet(), source);
    }

    /** The first page has no parameters (simple protocol); the others bind the last key (extended). */
    private static List<Object[]> readInPagesOfOne(Table table) {
        DataSql sql = PG.data();
        return db.withSession(s -> {
            List<Object[]> rows = new ArrayList<>(s.query(sql.selectPage(table, 1, false)));
            while (true) {
                List<Object[]> page = s.query(sql.selectPage(table, 1, true), List.of(rows.get(rows.size() - 1)[0]));
                if (page.isEmpty()) {
                    return rows;
                }
                rows.addAll(page);
            }
        });
    }

    private static List<Object> decode(ColumnType type, List<Object[]> rows) {
        UnaryOperator<Object> decoder = PG.codec().decoder(type);
        return rows.stream().map(r -> decoder.apply(r[1])).toList();
    }

    private static List<String> normalized(List<Object> values) {
        return values.stream().map(CanonicalValues::normalize).toList();
    }

    private static Arguments of(String label, ColumnType source, Object... values) {
        List<Object> withNull = new ArrayList<>(Arrays.asList(values));
        withNull.add(null);
        return Arguments.of(label, source, withNull);
    }

    private static byte[] allBytes() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
