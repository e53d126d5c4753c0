package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.dialect.TypeDecision;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.model.DefaultValue;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.Index;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.ferry.engine.model.LogicalType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tables created by the dialect's DDL read back as the model they were created from. */
abstract class DdlRoundTripContractTest extends MySqlFamilyTestSupport {

    @Test
    void theTortureSchemaRecreatedFromItsModelReadsBackEqual() {
        TortureSchema.create(database);
        DatabaseSchema source = readSchema();
        List<Table> targets = new ArrayList<>();
        for (Table table : source.tables()) {
            List<Column> columns = new ArrayList<>();
            for (Column column : table.columns()) {
                TypeDecision decision = dialect().types().target(column.type());
                assertEquals(column.type(), decision.target(), "MySQL to MySQL keeps " + table.name() + "." + column.name());
                columns.add(new Column(column.name(), decision.target(), column.nullable(), column.defaultValue(),
                        column.generation(), column.generationExpression()));
            }
            targets.add(new Table(table.name(), columns, table.primaryKey(), table.indexes(), table.foreignKeys(), 0));
        }
        DatabaseSchema created = create(createDatabase(), targets);
        for (Table expected : targets) {
            assertSameShape(plainComputedColumns(expected), table(created, expected.name()));
        }
    }

    @Test
    void aModelFromAnotherEngineGetsBoundedKeysPrefixIndexesAndPortableDefaults() {
        DatabaseSchema created = create(createDatabase(), List.of(people(), tags()));
        Table people = table(created, "People");
        assertEquals(Column.Generation.AUTO_INCREMENT, column(people, "id").generation());
        assertEquals(type(VARCHAR, "varchar(768)").withLength(768), column(people, "email").type());
        assertEquals(type(TEXT, "longtext"), column(people, "bio").type());
        assertEquals(type(BOOLEAN, "tinyint(1)"), column(people, "active").type());
        assertEquals(new DefaultValue(DefaultValue.Kind.LITERAL_BOOLEAN, "true"), column(people, "active").defaultValue());
        assertEquals(type(DECIMAL, "decimal(65,30)").withPrecision(65, 30), column(people, "score").type());
        assertEquals(type(TIMESTAMP, "datetime(6)").withPrecision(6, null), column(people, "created").type());
        assertEquals(new DefaultValue(DefaultValue.Kind.CURRENT_TIMESTAMP, null), column(people, "created").defaultValue());
        assertEquals(new DefaultValue(DefaultValue.Kind.CURRENT_DATE, null), column(people, "day").defaultValue());
        assertEquals(type(CHAR, "char(36)").withLength(36), column(people, "uid").type());
        assertEquals(type(JSON, "json"), column(people, "doc").type());
        assertEquals(List.of("happy", "sad"), column(people, "mood").type().members());
        assertEquals(type(BLOB, "longblob"), column(people, "raw").type());
        assertEquals(type(VARCHAR, "varchar(255)").withLength(255), column(people, "span").type());
        assertEquals(type(TEXT, "longtext"), column(people, "vector").type());
        assertEquals(new DefaultValue(DefaultValue.Kind.LITERAL_STRING, "it's \\ 'quoted'"), column(people, "motto").defaultValue());
        assertTrue(people.indexes().contains(new Index("people_email_key", List.of("email"), true)));
        assertTrue(people.indexes().contains(new Index("people_bio_idx", List.of("bio"), false)));

        Table tags = table(created, "Tags");
        assertEquals(List.of("person_id", "label"), tags.primaryKey());
        assertEquals(type(VARCHAR, "varchar(760)").withLength(760), column(tags, "label").type());
        assertEquals(Column.Generation.AUTO_INCREMENT, column(tags, "seq").generation());
        assertEquals(List.of(new ForeignKey("tags_person_fkey", List.of("person_id"), "People", List.of("id"), "CASCADE",
                "NO ACTION")), tags.foreignKeys());
    }

    @Test
    void droppingATableOthersReferenceWorksAndRestoresForeignKeyChecks() {
        TestDatabase db = createDatabase();
        SessionSource target = sessions(db);
        create(db, List.of(people(), tags()));
        inSession(target, s -> {
            for (String sql : dialect().ddl().dropTable(people())) {
                s.update(sql);
            }
            for (String sql : dialect().ddl().dropTable(people())) {
                s.update(sql);
            }
            assertEquals(1L, ((Number) s.queryValue("SELECT @@SESSION.foreign_key_checks", List.of())).longValue());
            return null;
        });
        DatabaseSchema left = inSession(target, s -> dialect().schemaReader().read(s));
        assertEquals(List.of("Tags"), left.tables().stream().map(Table::name).toList());
    }

    @Test
    void aBoundedKeyTooLongForInnoDbFailsLoudlyInsteadOfBeingCut() {
        Table wide = new Table("wide", List.of(Column.of("k", type(VARCHAR, "varchar(1000)").withLength(1000), false)),
                List.of("k"), List.of(), List.of(), 0);
        TestDatabase db = createDatabase();
        assertThrows(RuntimeException.class, () -> create(db, List.of(wide)));
    }

    private DatabaseSchema create(TestDatabase db, List<Table> tables) {
        SessionSource target = sessions(db);
        return inSession(target, session -> {
            List<Table> mapped = tables.stream().map(this::withTargetTypes).toList();
            mapped.forEach(t -> run(session, dialect().ddl().createTable(t)));
            mapped.forEach(t -> run(session, dialect().ddl().createIndexes(t)));
            mapped.forEach(t -> run(session, dialect().ddl().addForeignKeys(t)));
            return dialect().schemaReader().read(session);
        });
    }

    /** Maps source types (of any engine) to this engine's, as the migration planner does. */
    private Table withTargetTypes(Table table) {
        List<Column> columns = table.columns().stream().map(c -> new Column(c.name(),
                dialect().types().target(c.type()).target(), c.nullable(), c.defaultValue(), c.generation(),
                c.generationExpression())).toList();
        return new Table(table.name(), columns, table.primaryKey(), table.indexes(), table.foreignKeys(), 0);
    }

    private static void run(DbSession session, List<String> statements) {
        statements.forEach(session::update);
    }

    /** A table as PostgreSQL would describe it. */
    private static Table people() {
        List<Column> columns = List.of(
                new Column("id", type(INT64, "bigint"), false, null, Column.Generation.IDENTITY_ALWAYS, null),
                Column.of("email", type(TEXT, "text"), false),
                Column.of("bio", type(TEXT, "text"), true),
                new Column("active", type(BOOLEAN, "boolean"), false,
                        new DefaultValue(DefaultValue.Kind.LITERAL_BOOLEAN, "true"), Column.Generation.NONE, null),
                Column.of("score", type(DECIMAL, "numeric"), true),
                new Column("created", type(TIMESTAMPTZ, "timestamp with time zone").withPrecision(6, null), false,
                        new DefaultValue(DefaultValue.Kind.CURRENT_TIMESTAMP, null), Column.Generation.NONE, null),
                new Column("day", type(DATE, "date"), true, new DefaultValue(DefaultValue.Kind.CURRENT_DATE, null),
                        Column.Generation.NONE, null),
                Column.of("uid", type(UUID, "uuid"), true),
                Column.of("doc", type(JSON, "jsonb"), true),
                Column.of("mood", type(ENUM, "mood").withMembers(List.of("happy", "sad")), true),
                Column.of("raw", type(BLOB, "bytea"), true),
                Column.of("span", type(INTERVAL, "interval"), true),
                Column.of("vector", type(OTHER, "tsvector"), true),
                new Column("motto", type(VARCHAR, "character varying(40)").withLength(40), true,
                        new DefaultValue(DefaultValue.Kind.LITERAL_STRING, "it's \\ 'quoted'"), Column.Generation.NONE, null));
        return new Table("People", columns, List.of("id"), List.of(new Index("people_email_key", List.of("email"), true),
                new Index("people_bio_idx", List.of("bio"), false)), List.of(), 0);
    }

    private static Table tags() {
        List<Column> columns = List.of(Column.of("person_id", type(INT64, "bigint"), false),
                Column.of("label", type(TEXT, "text"), false),
                new Column("seq", type(INT32, "integer"), false, null, Column.Generation.IDENTITY_BY_DEFAULT, null));
        return new Table("Tags", columns, List.of("person_id", "label"), List.of(),
                List.of(new ForeignKey("tags_person_fkey", List.of("person_id"), "People", List.of("id"), "CASCADE",
                        "NO ACTION")), 0);
    }

    /** What a computed column becomes on this engine: a plain column holding the copied values. */
    private static Table plainComputedColumns(Table table) {
        List<Column> columns = table.columns().stream().map(c -> c.isComputed()
                ? new Column(c.name(), c.type(), c.nullable(), null, Column.Generation.NONE, null) : c).toList();
        return new Table(table.name(), columns, table.primaryKey(), table.indexes(), table.foreignKeys(), 0);
    }

    private static void assertSameShape(Table expected, Table actual) {
        assertEquals(expected.columns(), actual.columns(), expected.name() + " columns");
        assertEquals(expected.primaryKey(), actual.primaryKey(), expected.name() + " primary key");
        assertEquals(expected.indexes(), actual.indexes(), expected.name() + " indexes");
        assertEquals(expected.foreignKeys(), actual.foreignKeys(), expected.name() + " foreign keys");
        assertFalse(actual.name().isEmpty());
    }

    private static ColumnType type(LogicalType logical, String nativeType) {
        return ColumnType.of(logical, nativeType);
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table.name()));
    }
}
