package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.model.DefaultValue;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.Index;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.SchemaObject;
import dev.ferry.engine.model.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.ferry.engine.model.Column.Generation.AUTO_INCREMENT;
import static dev.ferry.engine.model.Column.Generation.COMPUTED_STORED;
import static dev.ferry.engine.model.Column.Generation.IDENTITY_ALWAYS;
import static dev.ferry.engine.model.Column.Generation.IDENTITY_BY_DEFAULT;
import static dev.ferry.engine.model.Column.Generation.NONE;
import static dev.ferry.engine.model.DefaultValue.Kind.CURRENT_DATE;
import static dev.ferry.engine.model.DefaultValue.Kind.CURRENT_TIMESTAMP;
import static dev.ferry.engine.model.DefaultValue.Kind.EXPRESSION;
import static dev.ferry.engine.model.DefaultValue.Kind.LITERAL_BOOLEAN;
import static dev.ferry.engine.model.DefaultValue.Kind.LITERAL_NUMBER;
import static dev.ferry.engine.model.DefaultValue.Kind.LITERAL_STRING;
import static dev.ferry.engine.model.LogicalType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The torture schema, declared natively, reads back as the neutral model of what was declared. */
class PostgresIntrospectionTest {

    private static PgTestDatabase db;
    private static DatabaseSchema schema;

    @BeforeAll
    static void createTortureSchema() {
        db = new PgTestDatabase("ferry_pg_intro");
        db.execute(TortureSchema.STATEMENTS);
        schema = db.schema();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void listsBaseTablesOfTheCurrentSchemaWithPartitionedParentsButNotPartitions() {
        assertEquals(List.of("Order Lines", "by_default", "cycle_a", "cycle_b", "employee", "empty_table",
                "measurements", "no_key", "select"), schema.tables().stream().map(Table::name).toList());
    }

    @Test
    void readsEveryColumnTypeWithItsModifiersInDeclarationOrder() {
        Table t = schema.table("select").orElseThrow();
        List<ColumnType> expected = List.of(
                type(INT64, "bigint"), type(INT32, "integer"), type(TEXT, "text"),
                type(VARCHAR, "character varying(40)").withLength(40), type(INT16, "smallint"), type(INT64, "bigint"),
                type(DECIMAL, "numeric(38,10)").withPrecision(38, 10), type(DECIMAL, "numeric"),
                type(FLOAT32, "real"), type(FLOAT64, "double precision"),
                type(TIMESTAMP, "timestamp(6) without time zone").withPrecision(6, null),
                type(TIMESTAMPTZ, "timestamp(3) with time zone").withPrecision(3, null),
                type(TIME, "time without time zone"), type(DATE, "date"), type(INTERVAL, "interval"),
                type(JSON, "json"), type(JSON, "jsonb"), type(UUID, "uuid"),
                type(ENUM, "\"Mood\"").withMembers(List.of("sad", "o'k", "happy ☺")),
                type(BIT, "bit(8)").withLength(8), type(BIT, "bit varying(16)").withLength(16), type(BLOB, "bytea"),
                type(OTHER, "inet"), type(OTHER, "text[]"), type(OTHER, "time without time zone".replace("without", "with")),
                type(INT32, "integer"), type(CHAR, "character(3)").withLength(3), type(BOOLEAN, "boolean"),
                type(VARCHAR, "character varying(20)").withLength(20), type(INT32, "integer"), type(TEXT, "text"));
        assertEquals(List.of("id", "MixedCase", "with space", "quo\"te", "tiny", "big", "dec", "free_num", "r", "d", "ts",
                "tstz", "t", "dt", "iv", "js", "jb", "u", "mood", "flags", "vflags", "bin", "ip", "tags", "ttz", "pos",
                "ch", "flag", "label", "gen", "expr_default"), t.columns().stream().map(Column::name).toList());
        assertEquals(expected, t.columns().stream().map(Column::type).toList());
    }

    @Test
    void readsNullabilityDefaultsAndGenerators() {
        Table t = schema.table("select").orElseThrow();
        assertColumn(t, "id", false, null, AUTO_INCREMENT);
        assertColumn(t, "tiny", false, new DefaultValue(LITERAL_NUMBER, "-32768"), NONE);
        assertColumn(t, "big", true, new DefaultValue(LITERAL_NUMBER, "9223372036854775807"), NONE);
        assertColumn(t, "dec", true, new DefaultValue(LITERAL_NUMBER, "1.5"), NONE);
        assertColumn(t, "ts", true, new DefaultValue(CURRENT_TIMESTAMP, null), NONE);
        assertColumn(t, "dt", true, new DefaultValue(CURRENT_DATE, null), NONE);
        assertColumn(t, "jb", true, new DefaultValue(LITERAL_STRING, "{}"), NONE);
        assertColumn(t, "mood", true, new DefaultValue(LITERAL_STRING, "o'k"), NONE);
        assertColumn(t, "ch", true, new DefaultValue(LITERAL_STRING, "ab"), NONE);
        assertColumn(t, "flag", true, new DefaultValue(LITERAL_BOOLEAN, "true"), NONE);
        assertColumn(t, "label", true, new DefaultValue(LITERAL_STRING, "it's \\ here"), NONE);
        assertColumn(t, "expr_default", true, new DefaultValue(EXPRESSION, "md5('x'::text)"), NONE);
        assertColumn(t, "MixedCase", true, null, NONE);
        Column gen = t.column("gen").orElseThrow();
        assertEquals(COMPUTED_STORED, gen.generation());
        assertEquals("(\"MixedCase\" * 2)", gen.generationExpression());
        assertEquals(IDENTITY_ALWAYS, schema.table("empty_table").orElseThrow().columns().get(0).generation());
        assertEquals(IDENTITY_BY_DEFAULT, schema.table("by_default").orElseThrow().columns().get(0).generation());
    }

    @Test
    void readsPrimaryKeysIncludingCompositeAndNone() {
        assertEquals(List.of("id"), schema.table("select").orElseThrow().primaryKey());
        assertEquals(List.of("order_id", "line_no"), schema.table("Order Lines").orElseThrow().primaryKey());
        assertEquals(List.of("id", "at"), schema.table("measurements").orElseThrow().primaryKey());
        assertEquals(List.of(), schema.table("no_key").orElseThrow().primaryKey());
    }

    @Test
    void readsUniqueConstraintsAndIndexesButListsExpressionIndexesAsObjects() {
        assertEquals(List.of(new Index("idx_big_tiny", List.of("big", "tiny"), false),
                        new Index("uq_multi", List.of("MixedCase", "with space"), true),
                        new Index("uq_quote", List.of("quo\"te"), true)),
                schema.table("select").orElseThrow().indexes());
        assertTrue(hasObject(SchemaObject.Kind.OTHER, "index idx_expression"));
    }

    @Test
    void readsForeignKeysWithCyclesSelfReferencesAndActions() {
        assertEquals(List.of(new ForeignKey("Order Lines_select_id_fkey", List.of("select_id"), "select", List.of("id"),
                "CASCADE", "NO ACTION")), schema.table("Order Lines").orElseThrow().foreignKeys());
        assertEquals(List.of(new ForeignKey("cycle_a_b", List.of("b_id"), "cycle_b", List.of("id"), "NO ACTION", "NO ACTION")),
                schema.table("cycle_a").orElseThrow().foreignKeys());
        assertEquals(List.of(new ForeignKey("cycle_b_a_id_fkey", List.of("a_id"), "cycle_a", List.of("id"), "SET NULL", "CASCADE")),
                schema.table("cycle_b").orElseThrow().foreignKeys());
        assertEquals(List.of(new ForeignKey("employee_manager", List.of("manager_id"), "employee", List.of("id"),
                "RESTRICT", "NO ACTION")), schema.table("employee").orElseThrow().foreignKeys());
    }

    @Test
    void listsEveryOtherObjectSoThePlanCanReportIt() {
        assertTrue(hasObject(SchemaObject.Kind.VIEW, "select_ids"));
        assertTrue(hasObject(SchemaObject.Kind.TRIGGER, "employee.employee_touch"));
        assertTrue(hasObject(SchemaObject.Kind.ROUTINE, "touch()"));
        assertTrue(hasObject(SchemaObject.Kind.ENUM_TYPE, "Mood"));
        assertTrue(hasObject(SchemaObject.Kind.DOMAIN, "positive_int"));
        assertTrue(hasObject(SchemaObject.Kind.SEQUENCE, "free_sequence"));
        assertTrue(hasObject(SchemaObject.Kind.PARTITIONED_TABLE, "measurements"));
        assertTrue(hasObject(SchemaObject.Kind.OTHER, "check constraint select.chk_tiny"));
        assertEquals("'sad', 'o''k', 'happy ☺'", object(SchemaObject.Kind.ENUM_TYPE, "Mood").definition());
        // Sequences owned by serial and identity columns belong to their columns.
        assertTrue(schema.otherObjects().stream().noneMatch(o -> o.kind() == SchemaObject.Kind.SEQUENCE
                && !o.name().equals("free_sequence")), schema.otherObjects().toString());
    }

    @Test
    void estimatesRowsFromStatistics() {
        db.execute("INSERT INTO no_key SELECT g, 'x' FROM generate_series(1, 500) g", "ANALYZE no_key");
        assertEquals(500, db.table("no_key").estimatedRows());
    }

    private static ColumnType type(LogicalType logical, String nativeType) {
        return ColumnType.of(logical, nativeType);
    }

    private static void assertColumn(Table table, String name, boolean nullable, DefaultValue defaultValue,
                                     Column.Generation generation) {
        Column c = table.column(name).orElseThrow();
        assertEquals(nullable, c.nullable(), name + " nullable");
        assertEquals(defaultValue, c.defaultValue(), name + " default");
        assertEquals(generation, c.generation(), name + " generation");
    }

    private static boolean hasObject(SchemaObject.Kind kind, String name) {
        return schema.otherObjects().stream().anyMatch(o -> o.kind() == kind && o.name().equals(name));
    }

    private static SchemaObject object(SchemaObject.Kind kind, String name) {
        return schema.otherObjects().stream().filter(o -> o.kind() == kind && o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + schema.otherObjects()));
    }
}
