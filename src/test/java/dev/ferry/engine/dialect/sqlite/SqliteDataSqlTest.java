package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.ferry.engine.dialect.sqlite.SqliteFile.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keyset pages, key sets, counts and the load settings, on a table whose names need quoting. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteDataSqlTest {

    private static final int ROWS = 1000;
    private SqliteFile file;
    private Table pairs;

    @BeforeAll
    void createTables() {
        file = SqliteFile.create();
        pairs = new Table("we\"ird 'pairs", List.of(
                Column.of("group", type(LogicalType.INT32), false),
                Column.of("Name Part", type(LogicalType.VARCHAR), false),
                Column.of("value", type(LogicalType.TEXT), true)),
                List.of("group", "Name Part"), List.of(), List.of(), 0);
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            // Several groups, names that sort differently as text than as numbers, unicode and empty text.
            params.addAll(Arrays.asList((long) (i % 7) - 3, i == 0 ? "" : "n" + i + (i % 3 == 0 ? "é" : ""), "v" + i));
        }
        try (DbSession session = file.open()) {
            SQLITE.ddl().createTable(pairs).forEach(session::update);
            session.update(SQLITE.data().insert(pairs, ROWS), params);
        }
    }

    @AfterAll
    void deleteFile() throws Exception {
        file.close();
    }

    @Test
    void keysetPagesOverACompositeKeyReturnEveryRowOnceInKeyOrder() {
        List<List<Object>> seen = new ArrayList<>();
        try (DbSession session = file.open()) {
            List<Object[]> page = session.query(SQLITE.data().selectPage(pairs, 7, false));
            while (!page.isEmpty()) {
                page.forEach(r -> seen.add(Arrays.asList(r)));
                Object[] last = page.get(page.size() - 1);
                page = session.query(SQLITE.data().selectPage(pairs, 7, true), List.of(last[0], last[1]));
            }
        }
        assertEquals(ROWS, seen.size());
        assertEquals(ROWS, new HashSet<>(seen).size(), "no row twice");
        List<List<Object>> ordered = file.query("SELECT * FROM \"we\"\"ird 'pairs\" ORDER BY \"group\", \"Name Part\"", List.of())
                .stream().map(Arrays::asList).toList();
        assertEquals(ordered, seen);
        assertFalse(SQLITE.data().selectPage(pairs, 7, true).contains("OFFSET"));
    }

    @Test
    void selectAndDeleteByKeysTouchExactlyThoseRows() {
        Table copy = new Table("by_keys", pairs.columns(), pairs.primaryKey(), List.of(), List.of(), 0);
        try (DbSession session = file.open()) {
            SQLITE.ddl().createTable(copy).forEach(session::update);
            session.update("INSERT INTO by_keys SELECT * FROM \"we\"\"ird 'pairs\"");
            List<Object> keys = List.of(-3L, "", 0L, "n3é", 1L, "n4", 3L, "no such name");
            List<Object[]> rows = session.query(SQLITE.data().selectByKeys(copy, 4), keys);
            assertEquals(Set.of("-3|", "0|n3é", "1|n4"), keysOf(rows));
            assertEquals(3, session.update(SQLITE.data().deleteByKeys(copy, 4), keys));
            assertEquals(ROWS - 3L, session.queryValue(SQLITE.data().count(copy), List.of()));
            assertTrue(session.query(SQLITE.data().selectByKeys(copy, 4), keys).isEmpty());
            session.update(SQLITE.data().deleteAll(copy));
            assertEquals(0L, session.queryValue(SQLITE.data().count(copy), List.of()));
        }
    }

    @Test
    void singleColumnKeysUseAPlainInList() {
        Table single = new Table("single", List.of(Column.of("id", type(LogicalType.INT64), false),
                Column.of("v", type(LogicalType.TEXT), true)), List.of("id"), List.of(), List.of(), 0);
        try (DbSession session = file.open()) {
            SQLITE.ddl().createTable(single).forEach(session::update);
            session.update(SQLITE.data().insert(single, 3), List.of(1L, "a", 2L, "b", 3L, "c"));
            assertEquals(Set.of("1|a", "3|c"), keysOf(session.query(SQLITE.data().selectByKeys(single, 2), List.of(1L, 3L))));
            assertEquals(3L, session.queryValue(SQLITE.data().max(single, single.columns().get(0)), List.of()));
            assertEquals(List.of(2L), Arrays.asList(session.query(SQLITE.data().selectPage(single, 1, true), List.of(1L)).get(0)[0]));
        }
    }

    @Test
    void orphansAreCountedWithNullKeysIgnored() {
        Table parent = new Table("parent", List.of(Column.of("a", type(LogicalType.INT32), false),
                Column.of("b", type(LogicalType.INT32), false)), List.of("a", "b"), List.of(), List.of(), 0);
        ForeignKey toParent = new ForeignKey("child_parent", List.of("pa", "pb"), "parent", List.of("a", "b"), "NO ACTION", "NO ACTION");
        ForeignKey toSelf = new ForeignKey("child_self", List.of("up"), "child", List.of("id"), "NO ACTION", "NO ACTION");
        Table child = new Table("child", List.of(Column.of("id", type(LogicalType.INT32), false),
                Column.of("pa", type(LogicalType.INT32), true), Column.of("pb", type(LogicalType.INT32), true),
                Column.of("up", type(LogicalType.INT32), true)), List.of("id"), List.of(), List.of(toParent, toSelf), 0);
        try (DbSession session = file.open()) {
            SQLITE.ddl().createTable(parent).forEach(session::update);
            SQLITE.ddl().createTable(child).forEach(session::update);
            session.update("INSERT INTO parent VALUES (1, 1)");
            session.update("INSERT INTO child VALUES (1, 1, 1, NULL), (2, 1, 2, 1), (3, NULL, 9, 7), (4, 5, 5, 99)");
            assertEquals(2L, session.queryValue(SQLITE.data().orphanCount(child, toParent), List.of()));
            assertEquals(2L, session.queryValue(SQLITE.data().orphanCount(child, toSelf), List.of()));
            assertEquals(2L, session.queryValue(SQLITE.data().countWhere(child, "pb > 1 AND pb < 9"), List.of()));
            assertEquals(List.of(2L), Arrays.asList(session.query(SQLITE.data().firstKeyWhere(child, "pb > 1")).get(0)));
        }
    }

    @Test
    void aReadSnapshotDoesNotSeeLaterCommits() {
        assertEquals("wal", file.value("PRAGMA journal_mode = WAL"));
        file.execute("CREATE TABLE snap (id INTEGER PRIMARY KEY)", "INSERT INTO snap VALUES (1)");
        Table snap = new Table("snap", List.of(Column.of("id", type(LogicalType.INT64), false)), List.of("id"), List.of(), List.of(), 0);
        try (DbSession reader = file.open(); DbSession writer = file.open()) {
            reader.update(SQLITE.data().beginReadSnapshot());
            assertEquals(1L, reader.queryValue(SQLITE.data().count(snap), List.of()));
            writer.update("INSERT INTO snap VALUES (2)");
            assertEquals(1L, reader.queryValue(SQLITE.data().count(snap), List.of()));
            reader.update("COMMIT");
            assertEquals(2L, reader.queryValue(SQLITE.data().count(snap), List.of()));
        }
    }

    @Test
    void bulkLoadTurnsForeignKeyChecksOffAndTeardownRestoresThem() {
        file.execute("CREATE TABLE p (id INTEGER PRIMARY KEY)", "CREATE TABLE c (p_id INTEGER REFERENCES p (id))");
        try (DbSession session = file.open()) {
            SQLITE.data().bulkLoadSetup().forEach(session::update);
            session.begin();
            session.update("INSERT INTO c VALUES (42)");
            session.commit();
            assertEquals(0L, session.queryValue("PRAGMA synchronous", List.of()));
            SQLITE.data().bulkLoadTeardown().forEach(session::update);
            assertEquals(1L, session.queryValue("PRAGMA foreign_keys", List.of()));
            assertEquals(2L, session.queryValue("PRAGMA synchronous", List.of()));
            session.update("INSERT INTO p VALUES (42)");
            try {
                session.update("INSERT INTO c VALUES (43)");
                throw new AssertionError("foreign keys are checked again after the load");
            } catch (dev.ferry.engine.session.SessionException expected) {
                assertEquals(19, expected.vendorCode() & 0xff, "SQLITE_CONSTRAINT");
            }
        }
    }

    @Test
    void oneInsertMayCarryTheMaximumNumberOfParameters() {
        Table wide = new Table("wide", List.of(Column.of("a", type(LogicalType.INT64), false),
                Column.of("b", type(LogicalType.INT64), false)), List.of(), List.of(), List.of(), 0);
        int rows = SQLITE.data().maxParameters() / 2;
        List<Object> params = new ArrayList<>();
        for (long i = 0; i < rows; i++) {
            params.add(i);
            params.add(-i);
        }
        try (DbSession session = file.open()) {
            SQLITE.ddl().createTable(wide).forEach(session::update);
            assertEquals(rows, session.update(SQLITE.data().insert(wide, rows), params));
        }
        assertEquals(32_766, SQLITE.data().maxParameters());
    }

    private static Set<String> keysOf(List<Object[]> rows) {
        Set<String> keys = new HashSet<>();
        rows.forEach(r -> keys.add(r[0] + "|" + r[1]));
        return keys;
    }

    private static ColumnType type(LogicalType logical) {
        return SQLITE.types().target(ColumnType.of(logical, logical.name())).target();
    }
}
