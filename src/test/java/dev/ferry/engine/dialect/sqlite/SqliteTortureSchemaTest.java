package dev.ferry.engine.dialect.sqlite;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import static dev.ferry.engine.dialect.sqlite.SqliteFile.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A torture schema declared natively on SQLite is read back into the model as declared, values included. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteTortureSchemaTest {

    static final String WEIRD_TABLE = "Mixed \"Table\" 'x'";
    static final byte[] ALL_BYTES = allBytes();

    private SqliteFile file;
    private DatabaseSchema schema;

    @BeforeAll
    void createTortureSchema() {
        file = SqliteFile.create();
        load(file);
        try (DbSession session = file.open()) {
            schema = SQLITE.schemaReader().read(session);
        }
    }

    static void load(SqliteFile file) {
        file.execute(SqliteScripts.resource("sqlite/torture.sql").toArray(String[]::new));
    }

    @AfterAll
    void deleteFile() throws Exception {
        file.close();
    }

    @Test
    void everyBaseTableIsReadWithItsRowCount() {
        assertEquals(List.of(WEIRD_TABLE, "child", "composite", "cycle_a", "cycle_b", "employee", "empty", "no_key", "order"),
                schema.tables().stream().map(Table::name).toList());
        assertEquals(3, table("order").estimatedRows());
        assertEquals(4, table("no_key").estimatedRows());
        assertEquals(0, table("empty").estimatedRows());
    }

    @Test
    void columnsKeepTheirOrderDeclaredTypesAndParameters() {
        Table order = table("order");
        assertEquals(List.of("id", "select", "MixedCase", "with space", "quote\"d", "tiny", "small", "i32", "i64", "u32",
                "dec", "big", "huge", "f64", "f32", "flag", "d", "t", "ts", "tz", "txt", "bin", "doc", "exact_doc", "uid",
                "size", "loose", "twice"), order.columns().stream().map(Column::name).toList());
        assertType(order, "id", LogicalType.INT64, "INTEGER");
        assertType(order, "with space", LogicalType.VARCHAR, "VARCHAR(50)");
        assertEquals(50, type(order, "with space").length());
        assertType(order, "tiny", LogicalType.INT8, "TINYINT");
        assertType(order, "small", LogicalType.INT16, "SMALLINT");
        assertType(order, "i32", LogicalType.INT32, "INT");
        assertType(order, "u32", LogicalType.INT32, "INT UNSIGNED");
        assertEquals(true, type(order, "u32").unsigned());
        assertType(order, "dec", LogicalType.DECIMAL, "NUMERIC(10, 2)");
        assertEquals(List.of(10, 2), List.of(type(order, "dec").precision(), type(order, "dec").scale()));
        assertEquals(List.of(65, 30), List.of(type(order, "huge").precision(), type(order, "huge").scale()));
        assertType(order, "f64", LogicalType.FLOAT64, "REAL");
        assertType(order, "f32", LogicalType.FLOAT32, "FLOAT4");
        assertType(order, "flag", LogicalType.BOOLEAN, "BOOLEAN");
        assertType(order, "ts", LogicalType.TIMESTAMP, "DATETIME");
        assertType(order, "tz", LogicalType.TIMESTAMPTZ, "TIMESTAMPTZ");
        assertType(order, "bin", LogicalType.BLOB, "BLOB");
        assertType(order, "doc", LogicalType.JSON, "JSON");
        assertType(order, "uid", LogicalType.UUID, "UUID");
        assertType(order, "size", LogicalType.ENUM, "TEXT");
        assertEquals(List.of("small", "medium", "large"), type(order, "size").members());
        assertType(order, "loose", LogicalType.OTHER, "");
    }

    @Test
    void nullabilityDefaultsAndGenerationAreRead() {
        Table order = table("order");
        Column id = order.column("id").orElseThrow();
        assertEquals(Column.Generation.AUTO_INCREMENT, id.generation());
        assertNull(id.generationExpression(), "AUTOINCREMENT, not a plain rowid");
        assertEquals(false, id.nullable());
        Column select = order.column("select").orElseThrow();
        assertEquals(false, select.nullable());
        assertEquals(new DefaultValue(DefaultValue.Kind.LITERAL_NUMBER, "0"), select.defaultValue());
        assertEquals(new DefaultValue(DefaultValue.Kind.LITERAL_STRING, "it's"), order.column("with space").orElseThrow().defaultValue());
        assertEquals(new DefaultValue(DefaultValue.Kind.LITERAL_NUMBER, "4.99"), order.column("dec").orElseThrow().defaultValue());
        assertEquals(new DefaultValue(DefaultValue.Kind.LITERAL_BOOLEAN, "true"), order.column("flag").orElseThrow().defaultValue());
        assertEquals(DefaultValue.Kind.CURRENT_TIMESTAMP, order.column("ts").orElseThrow().defaultValue().kind());
        assertEquals(true, order.column("txt").orElseThrow().nullable());
        assertNull(order.column("txt").orElseThrow().defaultValue());
        Column twice = order.column("twice").orElseThrow();
        assertEquals(Column.Generation.COMPUTED_STORED, twice.generation());
        assertEquals("\"select\" * 2", twice.generationExpression());
        Column plain = table("cycle_a").column("id").orElseThrow();
        assertEquals(Column.Generation.AUTO_INCREMENT, plain.generation());
        assertEquals(RowidAlias.PLAIN, plain.generationExpression());
        assertEquals(Column.Generation.NONE, table(WEIRD_TABLE).column("Key").orElseThrow().generation(),
                "a WITHOUT ROWID table has no rowid to generate keys");
    }

    @Test
    void primaryKeysIncludingCompositeAndNone() {
        assertEquals(List.of("id"), table("order").primaryKey());
        assertEquals(List.of("a", "b"), table("composite").primaryKey());
        assertEquals(List.of(), table("no_key").primaryKey());
        assertEquals(List.of("Key"), table(WEIRD_TABLE).primaryKey());
    }

    @Test
    void indexesAndUniqueConstraintsWithTheirColumns() {
        assertEquals(List.of(new Index("order_mixed", List.of("MixedCase", "select"), false),
                new Index("order_uid", List.of("uid"), true)), table("order").indexes());
        assertEquals(List.of(new Index("composite_c_unique", List.of("c"), true)), table("composite").indexes());
        assertEquals(List.of(), table("no_key").indexes());
    }

    @Test
    void foreignKeysWithCyclesSelfReferencesCompositeColumnsAndActions() {
        assertEquals(List.of(new ForeignKey("a_to_b", List.of("b_id"), "cycle_b", List.of("id"), "SET NULL", "NO ACTION")),
                table("cycle_a").foreignKeys());
        assertEquals(List.of(new ForeignKey("fk_cycle_b_a_id", List.of("a_id"), "cycle_a", List.of("id"), "NO ACTION", "CASCADE")),
                table("cycle_b").foreignKeys());
        assertEquals(List.of(new ForeignKey("fk_employee_manager_id", List.of("manager_id"), "employee", List.of("id"),
                "CASCADE", "NO ACTION")), table("employee").foreignKeys());
        assertEquals(List.of(new ForeignKey("fk_child_a_b", List.of("a", "b"), "composite", List.of("a", "b"),
                "NO ACTION", "NO ACTION")), table("child").foreignKeys());
    }

    @Test
    void viewsTriggersAndExpressionIndexesAreListedAsOtherObjects() {
        List<String> others = schema.otherObjects().stream().map(o -> o.kind() + " " + o.name()).toList();
        assertEquals(List.of("OTHER order_lower", "VIEW order_view", "TRIGGER order_touch"), others);
        SchemaObject view = schema.otherObjects().get(1);
        assertEquals("CREATE VIEW order_view AS SELECT id, \"select\" FROM \"order\"", view.definition());
    }

    @Test
    void tortureValuesDecodeToTheirCanonicalValues() {
        Table order = table("order");
        List<Object[]> rows = file.query(SQLITE.data().selectAll(order), List.of());
        assertRows(order, List.<List<Object>>of(
                Arrays.<Object>asList(1L, 1L, "Zoë 👩‍👩‍👧 e\u0301 日本語", "a b", "it's \"q\"", -128L, -32768L, -2147483648L,
                        Long.MIN_VALUE, 0L, new BigDecimal("-99999999.99"), BigDecimal.ZERO,
                        new BigDecimal("-12345678901234567890123456789012345.123456789012345678901234567890"),
                        -Double.MAX_VALUE, (double) -Float.MAX_VALUE, false, LocalDate.of(1000, 1, 1), LocalTime.MIDNIGHT,
                        LocalDateTime.of(1000, 1, 1, 0, 0), OffsetDateTime.parse("1970-01-01T00:00:00.000001Z"),
                        "quote ' double \" backslash \\ newline \n tab \t cr \r end", new byte[] {0},
                        "{\"a\": [1, 2.5, \"x\"], \"b\": {\"c\": null}}", "1.50", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
                        "small", "42", 2L),
                Arrays.<Object>asList(2L, 2L, "", " ", "\"", 127L, 32767L, 2147483647L, Long.MAX_VALUE, 4294967295L,
                        new BigDecimal("99999999.99"), new BigDecimal("18446744073709551615"),
                        new BigDecimal("99999999999999999999999999999999999.999999999999999999999999999999"),
                        Double.MAX_VALUE, (double) Float.MAX_VALUE, true, LocalDate.of(9999, 12, 31),
                        LocalTime.of(23, 59, 59, 999_999_000), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
                        OffsetDateTime.parse("2024-02-29T23:59:59.123456+02:00"), "long text", ALL_BYTES, "[]",
                        "12345678901234567890", null, "large", "text", 4L)).stream().map(SqliteTortureSchemaTest::normalized).toList(),
                decoded(order, rows.subList(0, 2)));
        List<Object> defaults = decoded(order, rows.subList(2, 3)).get(0);
        assertEquals(List.of("it's", "4.99", "1"), List.of(defaults.get(3), defaults.get(10), defaults.get(15)));
        assertInstanceOf(LocalDateTime.class, SQLITE.codec().decoder(type(order, "ts")).apply(rows.get(2)[18]));
    }

    private static void assertRows(Table table, List<List<Object>> expected, List<List<Object>> actual) {
        assertEquals(expected.size(), actual.size(), "rows");
        for (int r = 0; r < expected.size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                assertEquals(expected.get(r).get(c), actual.get(r).get(c), "row " + r + ", " + table.columns().get(c).name());
            }
        }
    }

    private static List<List<Object>> decoded(Table table, List<Object[]> rows) {
        List<UnaryOperator<Object>> decoders = table.columns().stream().map(c -> SQLITE.codec().decoder(c.type())).toList();
        List<List<Object>> out = new ArrayList<>();
        for (Object[] row : rows) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < row.length; i++) {
                values.add(CanonicalValues.normalize(decoders.get(i).apply(row[i])));
            }
            out.add(values);
        }
        return out;
    }

    private static List<Object> normalized(List<Object> values) {
        return values.stream().map(v -> (Object) CanonicalValues.normalize(v)).toList();
    }

    private Table table(String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static ColumnType type(Table table, String column) {
        return table.column(column).orElseThrow().type();
    }

    private static void assertType(Table table, String column, LogicalType logical, String nativeType) {
        assertEquals(logical, type(table, column).logical(), column);
        assertEquals(nativeType, type(table, column).nativeType(), column);
    }

    private static byte[] allBytes() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < 256; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
