package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.DefaultValue;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.Index;
import dev.ferry.engine.model.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.ferry.engine.dialect.postgres.PgTestDatabase.PG;
import static dev.ferry.engine.model.Column.Generation.AUTO_INCREMENT;
import static dev.ferry.engine.model.Column.Generation.COMPUTED_VIRTUAL;
import static dev.ferry.engine.model.Column.Generation.IDENTITY_ALWAYS;
import static dev.ferry.engine.model.Column.Generation.NONE;
import static dev.ferry.engine.model.LogicalType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tables written from a model by the DDL writer read back as the model they were written from. */
class PostgresDdlRoundTripTest {

    private static PgTestDatabase db;

    @BeforeAll
    static void create() {
        db = new PgTestDatabase("ferry_pg_ddl");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    /** Tables as a MySQL source would describe them. */
    static List<Table> mysqlLikeTables() {
        List<Column> parent = List.of(
                new Column("id", ColumnType.of(INT64, "bigint unsigned").withUnsigned(true), false, null, AUTO_INCREMENT, null),
                Column.of("tiny_u", ColumnType.of(INT16, "tinyint unsigned").withUnsigned(true), true),
                Column.of("small_u", ColumnType.of(INT32, "smallint unsigned").withUnsigned(true), true),
                Column.of("int_u", ColumnType.of(INT64, "int unsigned").withUnsigned(true), true),
                new Column("flag", ColumnType.of(BOOLEAN, "tinyint(1)"), true, lit(DefaultValue.Kind.LITERAL_NUMBER, "1"), NONE, null),
                new Column("price", ColumnType.of(DECIMAL, "decimal(10,2)").withPrecision(10, 2), false,
                        lit(DefaultValue.Kind.LITERAL_NUMBER, "9.99"), NONE, null),
                new Column("created", ColumnType.of(TIMESTAMP, "datetime(6)").withPrecision(6, null), true,
                        lit(DefaultValue.Kind.CURRENT_TIMESTAMP, null), NONE, null),
                Column.of("seen", ColumnType.of(TIMESTAMPTZ, "timestamp").withPrecision(0, null), true),
                Column.of("yr", ColumnType.of(YEAR, "year"), true),
                Column.of("doc", ColumnType.of(JSON, "json"), true),
                new Column("kind", ColumnType.of(ENUM, "enum('a','b c','it''s')").withMembers(List.of("a", "b c", "it's")),
                        true, lit(DefaultValue.Kind.LITERAL_STRING, "a"), NONE, null),
                Column.of("tags", ColumnType.of(SET, "set('x','y')").withMembers(List.of("x", "y")), true),
                Column.of("bits", ColumnType.of(BIT, "bit(5)").withLength(5), true),
                Column.of("blob", ColumnType.of(BLOB, "longblob"), true),
                Column.of("shape", ColumnType.of(GEOMETRY, "geometry"), true),
                Column.of("code", ColumnType.of(CHAR, "char(3)").withLength(3), false),
                new Column("name", ColumnType.of(VARCHAR, "varchar(50)").withLength(50), false,
                        lit(DefaultValue.Kind.LITERAL_STRING, "it's"), NONE, null),
                Column.of("select", ColumnType.of(TEXT, "text"), true),
                new Column("mysql_expr", ColumnType.of(VARCHAR, "varchar(36)").withLength(36), true,
                        DefaultValue.expression("uuid()"), NONE, null),
                new Column("pg_expr", ColumnType.of(TEXT, "text"), true, DefaultValue.expression("lower('X')"), NONE, null),
                new Column("computed", ColumnType.of(INT32, "int"), true, null, COMPUTED_VIRTUAL, "`yr` + 1"));
        Table parentTable = new Table("Parent Table", parent, List.of("id"),
                List.of(new Index("uq_code_name", List.of("code", "name"), true), new Index("idx_shared", List.of("yr"), false)),
                List.of(), 0);
        Table child = new Table("child", List.of(
                new Column("id", ColumnType.of(INT32, "integer"), false, null, IDENTITY_ALWAYS, null),
                Column.of("parent_id", ColumnType.of(INT64, "bigint unsigned").withUnsigned(true), true),
                Column.of("self_ref", ColumnType.of(INT32, "integer"), true)),
                List.of("id"), List.of(new Index("idx_shared", List.of("parent_id"), false)),
                List.of(new ForeignKey("child_parent", List.of("parent_id"), "Parent Table", List.of("id"), "CASCADE", "NO ACTION"),
                        new ForeignKey("child_self", List.of("self_ref"), "child", List.of("id"), "SET NULL", "CASCADE")), 0);
        Table x = new Table("cyc_x", List.of(Column.of("id", ColumnType.of(INT32, "int"), false),
                Column.of("y_id", ColumnType.of(INT32, "int"), true)), List.of("id"), List.of(),
                List.of(new ForeignKey("x_to_y", List.of("y_id"), "cyc_y", List.of("id"), "NO ACTION", "NO ACTION")), 0);
        Table y = new Table("cyc_y", List.of(Column.of("id", ColumnType.of(INT32, "int"), false),
                Column.of("x_id", ColumnType.of(INT32, "int"), true)), List.of("id"), List.of(),
                List.of(new ForeignKey("y_to_x", List.of("x_id"), "cyc_x", List.of("id"), "RESTRICT", "NO ACTION")), 0);
        return List.of(parentTable, child, x, y);
    }

    /** What the migration planner makes of a source table: same columns, PostgreSQL types. */
    static Table targetTable(Table source) {
        List<Column> columns = new ArrayList<>();
        for (Column c : source.columns()) {
            columns.add(new Column(c.name(), PG.types().target(c.type()).target(), c.nullable(), c.defaultValue(),
                    c.generation(), c.generationExpression()));
        }
        return new Table(source.name(), columns, source.primaryKey(), source.indexes(), source.foreignKeys(), 0);
    }

    static void createAll(PgTestDatabase db, List<Table> tables) {
        tables.forEach(t -> db.run(PG.ddl().createTable(t)));
        tables.forEach(t -> db.run(PG.ddl().createIndexes(t)));
        tables.forEach(t -> db.run(PG.ddl().addForeignKeys(t)));
    }

    @Test
    void tablesOfAnotherEngineAreCreatedAndReadBackWithTheirTargetTypes() {
        List<Table> targets = mysqlLikeTables().stream().map(PostgresDdlRoundTripTest::targetTable).toList();
        createAll(db, targets);
        // A resumed run repeats the step it was in: every statement must be safe to run again.
        createAll(db, targets);

        Table parent = db.table("Parent Table");
        Table expected = targets.get(0);
        assertEquals(names(expected), names(parent));
        for (Column want : expected.columns()) {
            Column got = parent.column(want.name()).orElseThrow();
            ColumnType wantType = want.type().logical() == ENUM
                    ? new ColumnType(ENUM, "\"Parent Table_kind\"", null, null, null, false, want.type().members())
                    : want.type();
            assertEquals(wantType, got.type(), want.name());
            assertEquals(want.nullable(), got.nullable(), want.name());
        }
        assertEquals(AUTO_INCREMENT, parent.column("id").orElseThrow().generation());
        assertEquals(NONE, parent.column("computed").orElseThrow().generation());
        assertEquals(lit(DefaultValue.Kind.LITERAL_BOOLEAN, "true"), parent.column("flag").orElseThrow().defaultValue());
        assertEquals(lit(DefaultValue.Kind.LITERAL_NUMBER, "9.99"), parent.column("price").orElseThrow().defaultValue());
        assertEquals(lit(DefaultValue.Kind.CURRENT_TIMESTAMP, null), parent.column("created").orElseThrow().defaultValue());
        assertEquals(lit(DefaultValue.Kind.LITERAL_STRING, "a"), parent.column("kind").orElseThrow().defaultValue());
        assertEquals(lit(DefaultValue.Kind.LITERAL_STRING, "it's"), parent.column("name").orElseThrow().defaultValue());
        assertEquals(null, parent.column("mysql_expr").orElseThrow().defaultValue(), "foreign expression skipped");
        assertEquals(DefaultValue.expression("lower('X'::text)"), parent.column("pg_expr").orElseThrow().defaultValue());
        assertEquals(List.of("id"), parent.primaryKey());
        assertEquals(List.of(new Index("idx_shared", List.of("yr"), false),
                new Index("uq_code_name", List.of("code", "name"), true)), parent.indexes());

        Table child = db.table("child");
        assertEquals(IDENTITY_ALWAYS, child.column("id").orElseThrow().generation());
        assertEquals(targets.get(1).foreignKeys(), child.foreignKeys());
        // The other table already had idx_shared: PostgreSQL chose a free name for this one.
        assertEquals(List.of(new Index("child_parent_id_idx", List.of("parent_id"), false)), child.indexes());
        assertEquals(targets.get(2).foreignKeys(), db.table("cyc_x").foreignKeys());
        assertEquals(targets.get(3).foreignKeys(), db.table("cyc_y").foreignKeys());
    }

    @Test
    void postgresTablesRoundTripThroughTheirOwnTargetTypes() {
        try (PgTestDatabase source = new PgTestDatabase("ferry_pg_ddl_src")) {
            source.execute(TortureSchema.STATEMENTS);
            List<Table> tables = source.schema().tables();
            try (PgTestDatabase target = new PgTestDatabase("ferry_pg_ddl_dst")) {
                createAll(target, tables.stream().map(PostgresDdlRoundTripTest::targetTable).toList());
                for (Table want : tables) {
                    Table got = target.table(want.name());
                    assertEquals(names(want), names(got));
                    for (Column c : want.columns()) {
                        Column g = got.column(c.name()).orElseThrow();
                        ColumnType wantType = c.type().logical() == ENUM
                                ? new ColumnType(ENUM, want.name() + "_" + c.name(),
                                null, null, null, false, c.type().members()) : c.type();
                        assertEquals(wantType, g.type(), want.name() + "." + c.name());
                        assertEquals(c.nullable(), g.nullable(), want.name() + "." + c.name());
                        assertEquals(c.isComputed() ? null : c.defaultValue(), g.defaultValue(), want.name() + "." + c.name());
                        assertEquals(c.isComputed() ? NONE : c.generation(), g.generation(), want.name() + "." + c.name());
                    }
                    assertEquals(want.primaryKey(), got.primaryKey(), want.name());
                    assertEquals(want.indexes(), got.indexes(), want.name());
                    assertEquals(want.foreignKeys(), got.foreignKeys(), want.name());
                }
            }
        }
    }

    @Test
    void dropTableAlsoDropsTheEnumTypesItCreated() {
        Table table = targetTable(new Table("dropped", List.of(Column.of("id", ColumnType.of(INT32, "int"), false),
                Column.of("mood", ColumnType.of(ENUM, "enum").withMembers(List.of("x", "y")), true)),
                List.of("id"), List.of(), List.of(), 0));
        db.run(PG.ddl().createTable(table));
        assertEquals(1L, countTypes("dropped_mood"));
        db.run(PG.ddl().dropTable(table));
        db.run(PG.ddl().dropTable(table));
        assertEquals(0L, countTypes("dropped_mood"));
        assertEquals(true, db.schema().table("dropped").isEmpty());
    }

    private static long countTypes(String name) {
        return db.withSession(s -> ((Number) s.queryValue("SELECT COUNT(*) FROM pg_type WHERE typname = $1",
                List.of(name))).longValue());
    }

    private static List<String> names(Table t) {
        return t.columns().stream().map(Column::name).toList();
    }

    private static DefaultValue lit(DefaultValue.Kind kind, String value) {
        return new DefaultValue(kind, value);
    }
}
