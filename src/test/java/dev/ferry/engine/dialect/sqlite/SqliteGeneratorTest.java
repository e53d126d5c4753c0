package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.ferry.engine.dialect.sqlite.SqliteFile.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After resetAutoIncrement an insert without a key gets the next key the reset promised, empty tables too. */
class SqliteGeneratorTest {

    private SqliteFile file;

    @BeforeEach
    void createFile() {
        file = SqliteFile.create();
    }

    @AfterEach
    void deleteFile() throws Exception {
        file.close();
    }

    @Test
    void autoincrementContinuesAfterTheResetValue() {
        Table table = table("counter", null);
        try (DbSession session = file.open()) {
            create(session, table);
            session.update("INSERT INTO counter (id, note) VALUES (3, 'a'), (5, 'b')");
            reset(session, table, 100);
            assertEquals(100L, next(session, table));
            session.update("INSERT INTO counter (note) VALUES ('new')");
            assertEquals(100L, session.queryValue("SELECT id FROM counter WHERE note = 'new'", List.of()));
        }
    }

    @Test
    void anEmptyTableStartsAtOneEvenWithoutASequenceRowYet() {
        Table table = table("empty_one", null);
        try (DbSession session = file.open()) {
            create(session, table);
            assertEquals(0L, session.queryValue("SELECT COUNT(*) FROM sqlite_sequence WHERE name = 'empty_one'", List.of()));
            resetAfterMax(session, table);
            assertEquals(1L, session.queryValue("SELECT seq + 1 FROM sqlite_sequence WHERE name = 'empty_one'", List.of()));
            assertEquals(1L, next(session, table));
            session.update("INSERT INTO empty_one (note) VALUES ('first')");
            assertEquals(1L, session.queryValue("SELECT id FROM empty_one", List.of()));
        }
    }

    @Test
    void theCopyEnginesResetMovesTheCounterPastCopiedKeys() {
        Table table = table("copied", null);
        try (DbSession session = file.open()) {
            create(session, table);
            session.update("INSERT INTO copied (id, note) VALUES (7, 'x'), (41, 'y')");
            session.update("UPDATE sqlite_sequence SET seq = 2 WHERE name = 'copied'");
            resetAfterMax(session, table);
            assertEquals(42L, next(session, table));
            session.update("INSERT INTO copied (note) VALUES ('z')");
            assertEquals(42L, session.queryValue("SELECT MAX(id) FROM copied", List.of()));
        }
    }

    @Test
    void aPlainRowidNeedsNoResetAndStillAnswersItsNextKey() {
        Table table = table("plain", RowidAlias.PLAIN);
        try (DbSession session = file.open()) {
            create(session, table);
            assertTrue(SQLITE.ddl().resetAutoIncrement(table, table.columns().get(0), 10).isEmpty());
            assertEquals(1L, next(session, table));
            session.update("INSERT INTO plain (id, note) VALUES (9, 'x')");
            assertEquals(10L, next(session, table));
            session.update("INSERT INTO plain (note) VALUES ('y')");
            assertEquals(10L, session.queryValue("SELECT id FROM plain WHERE note = 'y'", List.of()));
        }
        try (DbSession session = file.open()) {
            Table read = SQLITE.schemaReader().read(session).table("plain").orElseThrow();
            assertEquals(RowidAlias.PLAIN, read.columns().get(0).generationExpression(), "no AUTOINCREMENT written");
        }
    }

    @Test
    void generatorsSqliteCannotExpressHaveNoResetAndNoNextKey() {
        Column a = new Column("a", type(), false, null, Column.Generation.AUTO_INCREMENT, null);
        Table composite = new Table("composite", List.of(a, Column.of("b", type(), false)), List.of("a", "b"),
                List.of(), List.of(), 0);
        assertTrue(SQLITE.ddl().resetAutoIncrement(composite, a, 5).isEmpty());
        assertTrue(SQLITE.ddl().nextAutoIncrementValue(composite, a).isEmpty());
    }

    private static Table table(String name, String generation) {
        return new Table(name, List.of(new Column("id", type(), false, null, Column.Generation.AUTO_INCREMENT, generation),
                Column.of("note", SQLITE.types().target(ColumnType.of(LogicalType.TEXT, "text")).target(), true)),
                List.of("id"), List.of(), List.of(), 0);
    }

    private static ColumnType type() {
        return SQLITE.types().target(ColumnType.of(LogicalType.INT32, "int")).target();
    }

    private static void create(DbSession session, Table table) {
        SQLITE.ddl().createTable(table).forEach(session::update);
    }

    /** What CopyEngine does: the maximum key plus one (1 for an empty table). */
    private static void resetAfterMax(DbSession session, Table table) {
        Object max = session.queryValue(SQLITE.data().max(table, table.columns().get(0)), List.of());
        reset(session, table, max == null ? 1 : ((Number) max).longValue() + 1);
    }

    private static void reset(DbSession session, Table table, long next) {
        SQLITE.ddl().resetAutoIncrement(table, table.columns().get(0), next).forEach(session::update);
    }

    private static long next(DbSession session, Table table) {
        String sql = SQLITE.ddl().nextAutoIncrementValue(table, table.columns().get(0)).orElseThrow();
        return ((Number) session.queryValue(sql, List.of())).longValue();
    }
}
