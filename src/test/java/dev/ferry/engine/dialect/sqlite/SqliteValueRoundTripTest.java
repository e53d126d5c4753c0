package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.model.CanonicalValues;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static dev.ferry.engine.dialect.sqlite.SqliteFile.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * For each logical type, canonical values (extremes included) go through the encoder, a
 * multi-row INSERT into the type this dialect chooses as a target, a SELECT and the decoder of the
 * column as read back, and arrive equal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteValueRoundTripTest {

    private static final AtomicInteger TABLES = new AtomicInteger();
    private SqliteFile file;

    @BeforeAll
    void createFile() {
        file = SqliteFile.create();
    }

    @AfterAll
    void deleteFile() throws Exception {
        file.close();
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                case_(type(LogicalType.BOOLEAN), true, false),
                case_(type(LogicalType.INT8), -128L, 0L, 127L),
                case_(type(LogicalType.INT8).withUnsigned(true), 0L, 255L),
                case_(type(LogicalType.INT16), -32768L, 32767L),
                case_(type(LogicalType.INT24), -8388608L, 8388607L),
                case_(type(LogicalType.INT32), (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE),
                case_(type(LogicalType.INT32).withUnsigned(true), 0L, 4294967295L),
                case_(type(LogicalType.INT64), Long.MIN_VALUE, -1L, Long.MAX_VALUE),
                case_(type(LogicalType.INT64).withUnsigned(true), 0L, BigInteger.valueOf(Long.MAX_VALUE)),
                case_(type(LogicalType.DECIMAL).withPrecision(10, 2), new BigDecimal("0.99"), new BigDecimal("-99999999.99"),
                        new BigDecimal("1.10"), BigDecimal.ZERO, new BigDecimal("12345678"), new BigDecimal("0.01")),
                case_(type(LogicalType.DECIMAL).withPrecision(15, 5), new BigDecimal("9999999999.99999"),
                        new BigDecimal("-0.00001")),
                case_(type(LogicalType.DECIMAL).withPrecision(20, 0), new BigDecimal("18446744073709551615"),
                        new BigDecimal("-99999999999999999999"), new BigDecimal("9007199254740993")),
                case_(type(LogicalType.DECIMAL).withPrecision(65, 30),
                        new BigDecimal("12345678901234567890123456789012345.123456789012345678901234567890"),
                        new BigDecimal("-0.000000000000000000000000000001")),
                case_(type(LogicalType.DECIMAL), new BigDecimal("1e-40"), new BigDecimal("123456789012345678901234567890e10")),
                case_(type(LogicalType.FLOAT32), (double) Float.MAX_VALUE, (double) -Float.MAX_VALUE, (double) Float.MIN_VALUE,
                        (double) 0.1f),
                case_(type(LogicalType.FLOAT64), Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 0.1, -1.5, 1e300,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
                case_(type(LogicalType.CHAR).withLength(2), "ab", "é "),
                case_(type(LogicalType.VARCHAR).withLength(50), "Zoë 👩‍👩‍👧 e\u0301 日本語", "", " ", "it's \"q\""),
                case_(type(LogicalType.TEXT), "quote ' double \" backslash \\ newline \n tab \t cr \r end", "nul\u0000inside",
                        "x".repeat(100_000), "123", "1.50"),
                case_(type(LogicalType.BINARY).withLength(16), bytes(16), new byte[16]),
                case_(type(LogicalType.VARBINARY).withLength(300), bytes(256), new byte[0]),
                case_(type(LogicalType.BLOB), bytes(256), new byte[] {0}, "text bytes".getBytes()),
                case_(type(LogicalType.DATE), LocalDate.of(0, 1, 1), LocalDate.of(1000, 1, 1), LocalDate.of(2024, 2, 29),
                        LocalDate.of(9999, 12, 31)),
                case_(type(LogicalType.TIME), LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59, 999_999_000),
                        LocalTime.of(12, 34, 56, 123_456_789)),
                case_(type(LogicalType.TIMESTAMP), LocalDateTime.of(1000, 1, 1, 0, 0),
                        LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000), LocalDateTime.of(2024, 2, 29, 1, 2, 3, 1)),
                case_(type(LogicalType.TIMESTAMPTZ), OffsetDateTime.parse("1970-01-01T00:00:00.000001Z"),
                        OffsetDateTime.parse("2024-02-29T23:59:59.123456+02:00"), OffsetDateTime.parse("2000-01-01T00:00-18:00")),
                case_(type(LogicalType.YEAR), 1901L, 2155L, 0L),
                case_(type(LogicalType.BIT).withLength(8), 0L, 255L),
                case_(type(LogicalType.BIT).withLength(64), -1L, Long.MAX_VALUE),
                case_(type(LogicalType.JSON), "{\"a\": [1, 2.5, \"x\"], \"b\": {\"c\": null}}", "[]", "1.50",
                        "12345678901234567890", "\"text\"", "null", "true"),
                case_(type(LogicalType.UUID), "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "00000000-0000-0000-0000-000000000000"),
                case_(type(LogicalType.ENUM).withMembers(List.of("small", "it's", "large")), "small", "it's"),
                case_(type(LogicalType.SET).withMembers(List.of("a", "b")), "a,b", ""),
                case_(type(LogicalType.GEOMETRY), new byte[] {1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xf0, 0x3f, 0, 0, 0, 0, 0, 0, 0, 0}),
                case_(type(LogicalType.INTERVAL), "1 day 02:00:00", "P1Y2M"),
                case_(type(LogicalType.OTHER), "{1,2,3}", "'fat' & 'rat'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void canonicalValuesSurviveEncodeInsertSelectDecode(String name, ColumnType source, List<Object> values) {
        Column column = Column.of("v", SQLITE.types().target(source).target(), true);
        Table table = new Table("values_" + TABLES.incrementAndGet(), List.of(
                Column.of("id", SQLITE.types().target(ColumnType.of(LogicalType.INT64, "bigint")).target(), false), column),
                List.of("id"), List.of(), List.of(), 0);
        List<Object> rows = new ArrayList<>(values);
        rows.add(null);
        UnaryOperator<Object> encode = SQLITE.codec().encoder(column.type());
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            params.add((long) i);
            params.add(encode.apply(rows.get(i)));
        }
        try (DbSession session = file.open()) {
            SQLITE.ddl().createTable(table).forEach(session::update);
            session.update(SQLITE.data().insert(table, rows.size()), params);
            Column readBack = SQLITE.schemaReader().read(session).table(table.name()).orElseThrow().column("v").orElseThrow();
            UnaryOperator<Object> decode = SQLITE.codec().decoder(readBack.type());
            List<String> actual = session.query(SQLITE.data().selectAll(table)).stream()
                    .map(r -> CanonicalValues.normalize(decode.apply(r[1]))).toList();
            assertEquals(rows.stream().map(CanonicalValues::normalize).toList(), actual);
        }
    }

    @Test
    void encodersRefuseWhatSqliteWouldStoreWronglyOrSilently() {
        assertThrows(IllegalArgumentException.class, () -> encode(LogicalType.FLOAT64, Double.NaN), "NaN would become NULL");
        assertThrows(IllegalArgumentException.class, () -> encode(LogicalType.INT64, new BigInteger("18446744073709551615")));
        assertThrows(IllegalArgumentException.class, () -> encode(LogicalType.INT32, "12"));
        assertThrows(IllegalArgumentException.class, () -> encode(LogicalType.DATE, LocalDate.of(10000, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> encode(LogicalType.TIMESTAMP, "2020-01-01"));
        assertEquals("2024-02-29 21:59:59.123456+00:00",
                encode(LogicalType.TIMESTAMPTZ, OffsetDateTime.parse("2024-02-29T23:59:59.123456+02:00")));
        assertEquals("2024-02-29 01:02:03.000000", encode(LogicalType.TIMESTAMP, LocalDateTime.of(2024, 2, 29, 1, 2, 3)));
        assertEquals("18446744073709551615", encode(LogicalType.DECIMAL, new BigDecimal("1.8446744073709551615E+19")));
    }

    private static Object encode(LogicalType logical, Object value) {
        return SQLITE.codec().encoder(SQLITE.types().target(ColumnType.of(logical, "x")).target()).apply(value);
    }

    private static Arguments case_(ColumnType source, Object... values) {
        String name = source.logical() + (source.unsigned() ? " unsigned" : "")
                + (source.precision() != null ? "(" + source.precision() + "," + source.scale() + ")" : "")
                + (source.length() != null ? "(" + source.length() + ")" : "");
        return Arguments.of(name, source, Arrays.asList(values));
    }

    private static ColumnType type(LogicalType logical) {
        return ColumnType.of(logical, logical.name().toLowerCase());
    }

    private static byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
