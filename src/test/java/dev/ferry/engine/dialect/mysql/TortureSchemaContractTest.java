package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.model.CanonicalValues;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.model.DefaultValue;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.Index;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.SchemaObject;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

import static dev.ferry.engine.model.LogicalType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Introspection and reading of the torture schema declared natively on the server. */
abstract class TortureSchemaContractTest extends MySqlFamilyTestSupport {

    private DatabaseSchema schema;

    @BeforeAll
    void createTortureSchema() {
        TortureSchema.create(database);
        TortureSchema.fill(database);
        schema = readSchema();
    }

    @Test
    void everyBaseTableIsReadInNameOrder() {
        assertEquals(List.of("Select", "composite", "computed", "cycle_a", "cycle_b", "docs", "empty_table", "no_key",
                "numbers", "parted", "texts", "times", "tree"), schema.tables().stream().map(Table::name).toList());
    }

    @Test
    void integersKeepSignednessAndAWideEnoughLogicalType() {
        Table numbers = table(schema, "numbers");
        assertType(numbers, "t", type(INT8, "tinyint"));
        assertType(numbers, "tu", type(INT16, "tinyint unsigned").withUnsigned(true));
        assertType(numbers, "s", type(INT16, "smallint"));
        assertType(numbers, "su", type(INT32, "smallint unsigned").withUnsigned(true));
        assertType(numbers, "m", type(INT24, "mediumint"));
        assertType(numbers, "mu", type(INT32, "mediumint unsigned").withUnsigned(true));
        assertType(numbers, "i", type(INT32, "int"));
        assertType(numbers, "iu", type(INT64, "int unsigned").withUnsigned(true));
        assertType(numbers, "b", type(INT64, "bigint"));
        assertType(numbers, "bu", type(INT64, "bigint unsigned").withUnsigned(true));
        assertType(numbers, "flag", type(BOOLEAN, "tinyint(1)"));
        assertDefault(numbers, "flag", DefaultValue.Kind.LITERAL_BOOLEAN, "true");
        assertFalse(column(numbers, "flag").nullable());
    }

    @Test
    void decimalsFloatsBitsAndYearsKeepTheirParameters() {
        Table numbers = table(schema, "numbers");
        assertType(numbers, "d", type(DECIMAL, "decimal(30,10)").withPrecision(30, 10));
        assertType(numbers, "dw", type(DECIMAL, "decimal(65,30)").withPrecision(65, 30));
        assertType(numbers, "du", type(DECIMAL, "decimal(10,2) unsigned").withPrecision(10, 2).withUnsigned(true));
        assertDefault(numbers, "du", DefaultValue.Kind.LITERAL_NUMBER, "4.99");
        assertType(numbers, "f", type(FLOAT32, "float"));
        assertType(numbers, "db", type(FLOAT64, "double"));
        assertType(numbers, "bits", type(BIT, "bit(12)").withLength(12));
        assertDefault(numbers, "bits", DefaultValue.Kind.LITERAL_NUMBER, "5");
        assertType(numbers, "bits64", type(BIT, "bit(64)").withLength(64));
        assertType(numbers, "y", type(YEAR, "year"));
        assertDefault(numbers, "y", DefaultValue.Kind.LITERAL_NUMBER, "2000");
    }

    @Test
    void textBinaryJsonEnumSetAndGeometryTypes() {
        Table texts = table(schema, "texts");
        assertType(texts, "c", type(CHAR, "char(10)").withLength(10));
        assertType(texts, "v", type(VARCHAR, "varchar(300)").withLength(300));
        assertDefault(texts, "v", DefaultValue.Kind.LITERAL_STRING, "x");
        assertType(texts, "tt", type(TEXT, "tinytext").withLength(255));
        assertType(texts, "t", type(TEXT, "text").withLength(65_535));
        assertType(texts, "mt", type(TEXT, "mediumtext").withLength(16_777_215));
        assertType(texts, "lt", type(TEXT, "longtext"));
        assertType(texts, "bin", type(BINARY, "binary(4)").withLength(4));
        assertType(texts, "vb", type(VARBINARY, "varbinary(300)").withLength(300));
        assertType(texts, "bl", type(BLOB, "blob").withLength(65_535));
        assertType(texts, "lb", type(BLOB, "longblob"));
        assertType(texts, "j", type(JSON, "json"));
        assertType(texts, "e", type(ENUM, "enum('a','b''c','x y')").withMembers(List.of("a", "b'c", "x y")));
        assertDefault(texts, "e", DefaultValue.Kind.LITERAL_STRING, "a");
        assertType(texts, "st", type(SET, "set('r','g','b')").withMembers(List.of("r", "g", "b")));
        assertType(texts, "g", type(GEOMETRY, "geometry"));
        assertType(texts, "p", type(GEOMETRY, "point"));
    }

    @Test
    void temporalTypesKeepFractionalDigitsAndOnUpdate() {
        Table times = table(schema, "times");
        assertType(times, "d", type(DATE, "date"));
        assertDefault(times, "d", DefaultValue.Kind.LITERAL_STRING, "2000-01-01");
        assertType(times, "dt", type(TIMESTAMP, "datetime").withPrecision(0, null));
        assertType(times, "dt6", type(TIMESTAMP, "datetime(6)").withPrecision(6, null));
        assertDefault(times, "dt6", DefaultValue.Kind.CURRENT_TIMESTAMP, null);
        assertEquals("ON UPDATE CURRENT_TIMESTAMP(6)", column(times, "dt6").generationExpression());
        assertType(times, "ts", type(TIMESTAMPTZ, "timestamp(3)").withPrecision(3, null));
        assertTrue(column(times, "ts").nullable());
        assertNull(column(times, "ts").defaultValue());
        assertType(times, "tm", type(TIME, "time").withPrecision(0, null));
        assertType(times, "tm6", type(TIME, "time(6)").withPrecision(6, null));
    }

    @Test
    void reservedMixedCaseAndQuotedNamesWithTheirKeys() {
        Table select = table(schema, "Select");
        assertEquals(List.of("id", "Order", "col with space", "it's", "back`tick"),
                select.columns().stream().map(Column::name).toList());
        assertEquals(Column.Generation.AUTO_INCREMENT, column(select, "id").generation());
        assertDefault(select, "Order", DefaultValue.Kind.LITERAL_NUMBER, "0");
        assertDefault(select, "it's", DefaultValue.Kind.LITERAL_STRING, "it's");
        assertEquals(List.of("id"), select.primaryKey());
        assertEquals(List.of(new Index("uq order+space", List.of("Order", "col with space"), true)), select.indexes());
    }

    @Test
    void keysIndexesAndForeignKeysIncludingCyclesAndSelfReferences() {
        assertEquals(List.of("a", "b"), table(schema, "composite").primaryKey());
        assertEquals(List.of(new Index("idx_c_b", List.of("c", "b"), false)), table(schema, "composite").indexes());
        assertEquals(List.of(), table(schema, "no_key").primaryKey());
        assertEquals(List.of(new ForeignKey("fk_a_b", List.of("b_id"), "cycle_b", List.of("id"), "SET NULL", "RESTRICT")),
                table(schema, "cycle_a").foreignKeys());
        assertEquals(List.of(new ForeignKey("fk_b_a", List.of("a_id"), "cycle_a", List.of("id"), "RESTRICT", "CASCADE")),
                table(schema, "cycle_b").foreignKeys());
        assertEquals(List.of(new ForeignKey("fk_tree_parent", List.of("parent_id"), "tree", List.of("id"), "CASCADE",
                "RESTRICT")), table(schema, "tree").foreignKeys());
        assertEquals(Column.Generation.AUTO_INCREMENT, column(table(schema, "empty_table"), "id").generation());
    }

    @Test
    void generatedColumnsKeepTheirExpressions() {
        Table computed = table(schema, "computed");
        assertEquals(Column.Generation.COMPUTED_VIRTUAL, column(computed, "twice").generation());
        assertEquals("`a` * 2", column(computed, "twice").generationExpression());
        assertEquals(Column.Generation.COMPUTED_STORED, column(computed, "plus").generation());
        assertEquals("`a` + 1", column(computed, "plus").generationExpression());
    }

    @Test
    void viewsTriggersRoutinesEventsPartitioningAndFullTextIndexesAreListedAsObjects() {
        assertObject(SchemaObject.Kind.VIEW, "v_numbers");
        assertObject(SchemaObject.Kind.TRIGGER, "trg_tree");
        assertObject(SchemaObject.Kind.ROUTINE, "p_noop");
        assertObject(SchemaObject.Kind.OTHER, "docs.ft_body");
        assertObject(SchemaObject.Kind.EVENT, "ev_cleanup");
        assertObject(SchemaObject.Kind.PARTITIONED_TABLE, "parted");
        assertEquals(List.of(), table(schema, "docs").indexes());
    }

    @Test
    void extremeNumbersReadAsCanonicalValuesOverBothProtocols() {
        List<Object[]> rows = readBothWays(table(schema, "numbers"));
        assertRow(rows.get(0), 1L, -128L, 0L, -32768L, 0L, -8388608L, 0L, -2147483648L, 0L, Long.MIN_VALUE, 0L, false,
                new BigDecimal("-99999999999999999999.9999999999"),
                new BigDecimal("-99999999999999999999999999999999999.999999999999999999999999999999"),
                new BigDecimal("0.00"), -16777216.0, -Double.MAX_VALUE, 0L, 0L, 1901L);
        assertRow(rows.get(1), 2L, 127L, 255L, 32767L, 65535L, 8388607L, 16777215L, 2147483647L, 4294967295L,
                Long.MAX_VALUE, new BigInteger("18446744073709551615"), true,
                new BigDecimal("99999999999999999999.9999999999"),
                new BigDecimal("99999999999999999999999999999999999.999999999999999999999999999999"),
                new BigDecimal("99999999.99"), 16777216.0, 4.9e-324, 4095L, -1L, 2155L);
        assertRow(rows.get(2), 3L, null, null, null, null, null, null, null, null, null, null, false, null, null, null,
                null, null, null, null, null);
    }

    @Test
    void textsBytesJsonAndGeometryReadExactly() {
        List<Object[]> rows = readBothWays(table(schema, "texts"));
        byte[] point = HexFormat.of().parseHex("0101000000000000000000f03f0000000000000040");
        byte[] line = HexFormat.of().parseHex("010200000002000000" + "00000000000000000000000000000000"
                + "000000000000f03f000000000000f83f");
        assertRow(rows.get(0), 1L, "abc", TortureSchema.UNICODE, "tiny", TortureSchema.NASTY, "m".repeat(70_000),
                "😀".repeat(1000), HexFormat.of().parseHex("00ff7f80"), TortureSchema.ALL_BYTES, TortureSchema.ALL_BYTES,
                TortureSchema.ALL_BYTES, TortureSchema.JSON, "b'c", "r,b", line, point);
        assertRow(rows.get(1), 2L, null, "x", null, null, null, null, null, null, null, null, null, "a", null, null, null);
    }

    @Test
    void temporalValuesReadWithMicrosecondsAndInstantsInUtc() {
        List<Object[]> rows = readBothWays(table(schema, "times"));
        assertRow(rows.get(0), 1L, LocalDate.of(1000, 1, 1), LocalDateTime.of(1000, 1, 1, 0, 0),
                LocalDateTime.of(1000, 1, 1, 0, 0), OffsetDateTime.of(1970, 1, 1, 0, 0, 1, 0, ZoneOffset.UTC),
                LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        assertRow(rows.get(1), 2L, LocalDate.of(9999, 12, 31), LocalDateTime.of(9999, 12, 31, 23, 59, 59),
                LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
                OffsetDateTime.of(2038, 1, 19, 3, 14, 7, 999_000_000, ZoneOffset.UTC),
                LocalTime.of(23, 59, 59), LocalTime.of(23, 59, 59, 999_999_000));
    }

    /** Decoded rows of a table read once as text (simple query) and once as binary (cursor), which must agree. */
    protected List<Object[]> readBothWays(Table table) {
        List<UnaryOperator<Object>> decoders = table.columns().stream()
                .map(c -> dialect().codec().decoder(c.type())).toList();
        String sql = dialect().data().selectAll(table);
        return inSession(session -> {
            List<Object[]> text = decode(session.query(sql), decoders);
            List<Object[]> binary = new ArrayList<>();
            session.begin();
            session.stream(sql, List.of(), () -> 2, chunk -> binary.addAll(decode(chunk, decoders)));
            session.commit();
            assertEquals(normalized(text), normalized(binary), "text and binary protocol agree");
            return text;
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

    private static List<List<String>> normalized(List<Object[]> rows) {
        return rows.stream().map(r -> java.util.Arrays.stream(r).map(CanonicalValues::normalize).toList()).toList();
    }

    protected static void assertRow(Object[] actual, Object... expected) {
        assertEquals(normalized(List.<Object[]>of(expected)), normalized(List.<Object[]>of(actual)));
    }

    private void assertObject(SchemaObject.Kind kind, String name) {
        assertTrue(schema.otherObjects().stream().anyMatch(o -> o.kind() == kind && o.name().equals(name)),
                kind + " " + name + " in " + schema.otherObjects());
    }

    protected static ColumnType type(LogicalType logical, String nativeType) {
        return ColumnType.of(logical, nativeType);
    }

    protected static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table.name()));
    }

    protected static void assertType(Table table, String column, ColumnType expected) {
        assertEquals(expected, column(table, column).type(), table.name() + "." + column);
    }

    private static void assertDefault(Table table, String column, DefaultValue.Kind kind, String value) {
        assertEquals(new DefaultValue(kind, value), column(table, column).defaultValue(), table.name() + "." + column);
    }
}
