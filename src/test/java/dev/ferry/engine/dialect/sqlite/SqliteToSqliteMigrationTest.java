package dev.ferry.engine.dialect.sqlite;

import dev.ferry.copy.CopyListener;
import dev.ferry.engine.dialect.PreflightRule;
import dev.ferry.engine.model.CanonicalValues;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;
import dev.ferry.migration.ColumnPolicy;
import dev.ferry.migration.MigrationOutcome;
import dev.ferry.migration.MigrationRunner;
import dev.ferry.migration.MigrationSettings;
import dev.ferry.migration.PreflightFinding;
import dev.ferry.support.MemoryCopyListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static dev.ferry.engine.dialect.sqlite.SqliteFile.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQLite dialect on both ends of the real migration path (planner, preflight, copy engine,
 * verifier): every value arrives, keys continue after the copied maximum, policies apply.
 */
class SqliteToSqliteMigrationTest {

    @Test
    void theTortureTablesArriveWithEveryValueEqualAndChecksumsVerified() throws Exception {
        try (SqliteFile source = SqliteFile.create(); SqliteFile target = SqliteFile.create()) {
            SqliteTortureSchemaTest.load(source);
            MigrationOutcome outcome = migrate(source, target, Map.of(), 2, new MemoryCopyListener());
            assertTrue(outcome.verified(), outcome.failedChecks());
            assertEquals(21, outcome.rowsMigrated());
            assertEquals(21, assertSameRows(source, target));
            assertEquals(List.of("other order_lower", "view order_view", "trigger order_touch"),
                    outcome.objects().stream().map(o -> o.kind() + " " + o.name()).toList());
            target.execute("INSERT INTO \"order\" (\"select\") VALUES (4)", "INSERT INTO cycle_a (b_id) VALUES (NULL)",
                    "INSERT INTO empty (note) VALUES ('first')");
            assertEquals(List.of(4L, 3L, 1L), List.of(target.value("SELECT id FROM \"order\" WHERE \"select\" = 4"),
                    target.value("SELECT MAX(id) FROM cycle_a"), target.value("SELECT id FROM empty")));
        }
    }

    @Test
    void chinookArrivesWholeAndNewRowsGetKeysAboveTheOldMaximum() throws Exception {
        try (SqliteFile source = SqliteFile.copyOf(SqliteFile.dataset("chinook/Chinook_Sqlite.sqlite"));
             SqliteFile target = SqliteFile.create()) {
            MigrationOutcome outcome = migrate(source, target, Map.of(), 500, new MemoryCopyListener());
            assertTrue(outcome.verified(), outcome.failedChecks());
            assertEquals(15_607, outcome.rowsMigrated());
            assertEquals(15_607, assertSameRows(source, target));
            target.execute("INSERT INTO Genre (Name) VALUES ('new')");
            assertEquals(26L, target.value("SELECT GenreId FROM Genre WHERE Name = 'new'"));
        }
    }

    @Test
    void anInterruptedCopyResumesToExactlyTheSourceRows() throws Exception {
        try (SqliteFile source = SqliteFile.copyOf(SqliteFile.dataset("chinook/Chinook_Sqlite.sqlite"));
             SqliteFile target = SqliteFile.create()) {
            // 11 table creations, then about 160 batches of 100 rows: stop in the middle of the data.
            MemoryCopyListener listener = new MemoryCopyListener(11 + 60);
            var stopped = assertThrows(IllegalStateException.class, () -> migrate(source, target, Map.of(), 100, listener));
            assertEquals("stopped by the test", stopped.getMessage());
            long partial = ((Number) target.value("SELECT COUNT(*) FROM Track")).longValue()
                    + ((Number) target.value("SELECT COUNT(*) FROM PlaylistTrack")).longValue()
                    + ((Number) target.value("SELECT COUNT(*) FROM InvoiceLine")).longValue();
            assertTrue(partial > 0 && partial < 3503 + 8715 + 2240, "stopped mid-copy: " + partial);
            MigrationOutcome outcome = new MigrationRunner().run(source.sessions(), target.sessions(),
                    settings(Map.of(), 100), listener, true);
            assertTrue(outcome.verified(), outcome.failedChecks());
            assertEquals(15_607, assertSameRows(source, target));
        }
    }

    @Test
    void textInAnIntegerColumnIsRefusedThenCarriedUnderAPolicy() throws Exception {
        try (SqliteFile source = SqliteFile.create()) {
            source.execute("CREATE TABLE readings (id INTEGER PRIMARY KEY, value INTEGER, note TEXT)",
                    "INSERT INTO readings VALUES (1, 10, 'ok'), (4, 'n/a', 'text'), (6, 2.5, 'real'), (8, 30, NULL)");
            try (SqliteFile target = SqliteFile.create()) {
                var blocked = assertThrows(MigrationRunner.MigrationBlockedException.class,
                        () -> migrate(source, target, Map.of(), 100, new MemoryCopyListener()));
                PreflightFinding finding = blocked.plan().findings().get(0);
                assertEquals(List.of("readings", "value", PreflightRule.AFFINITY_MISMATCH, 2L, List.<Object>of(4L)),
                        List.of(finding.table(), finding.column(), finding.rule(), finding.count(), finding.exampleKey()));
                assertTrue(SQLITE.schemaReader().read(target.open()).tables().isEmpty(), "nothing written");
            }
            try (SqliteFile target = SqliteFile.create()) {
                MigrationOutcome outcome = migrate(source, target, Map.of("readings.value", ColumnPolicy.NULL), 100, new MemoryCopyListener());
                assertTrue(outcome.verified(), outcome.failedChecks());
                assertEquals(List.of(10L, 30L), target.query("SELECT value FROM readings WHERE value IS NOT NULL ORDER BY id", List.of())
                        .stream().map(r -> r[0]).toList());
                assertNull(target.value("SELECT value FROM readings WHERE id = 4"));
            }
            try (SqliteFile target = SqliteFile.create()) {
                MigrationOutcome outcome = migrate(source, target, Map.of("readings.value", ColumnPolicy.WIDEN), 100, new MemoryCopyListener());
                assertTrue(outcome.verified(), outcome.failedChecks());
                assertEquals(List.of("10", "n/a", "2.5", "30"), target.query("SELECT value FROM readings ORDER BY id", List.of())
                        .stream().map(r -> r[0]).toList());
            }
        }
    }

    private static MigrationOutcome migrate(SqliteFile source, SqliteFile target, Map<String, ColumnPolicy> policies,
                                            int batchSize, CopyListener listener) {
        return new MigrationRunner().run(source.sessions(), target.sessions(), settings(policies, batchSize), listener, false);
    }

    private static MigrationSettings settings(Map<String, ColumnPolicy> policies, int batchSize) {
        return new MigrationSettings(List.of(), MigrationSettings.Include.BOTH, batchSize, 2, false,
                MigrationSettings.Verify.CHECKSUM, policies);
    }

    /** Every row of every source table, decoded on both sides, compared as canonical text. */
    private static long assertSameRows(SqliteFile source, SqliteFile target) {
        long compared = 0;
        try (DbSession src = source.open(); DbSession dst = target.open()) {
            DatabaseSchema from = SQLITE.schemaReader().read(src);
            DatabaseSchema to = SQLITE.schemaReader().read(dst);
            for (Table table : from.tables()) {
                Table there = to.table(table.name()).orElseThrow(() -> new AssertionError("missing " + table.name()));
                List<String> expected = rows(src, table);
                assertEquals(expected, rows(dst, there), table.name());
                compared += expected.size();
            }
        }
        return compared;
    }

    private static List<String> rows(DbSession session, Table table) {
        List<UnaryOperator<Object>> decoders = table.columns().stream().map(Column::type).map(SQLITE.codec()::decoder).toList();
        List<String> rows = new ArrayList<>();
        for (Object[] row : session.query(SQLITE.data().selectAll(table))) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                text.append(CanonicalValues.normalize(decoders.get(i).apply(row[i]))).append('|');
            }
            rows.add(text.toString());
        }
        rows.sort(String::compareTo);
        return rows;
    }

}
