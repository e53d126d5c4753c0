package dev.ferry.migration;

import dev.ferry.engine.Engine;
import dev.ferry.engine.dialect.PreflightRule;
import dev.ferry.engine.session.DbSession;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.support.MemoryCopyListener;
import io.vertx.mutiny.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values a target cannot hold stop a migration before it writes, unless a policy says otherwise. */
class PreflightMigrationTest {

    private Vertx vertx;

    @BeforeEach
    void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stopVertx() {
        vertx.closeAndAwait();
    }

    @Test
    void aLargeTableScannedInTwoHalvesCountsOffendersInBoth() throws Exception {
        try (Side source = Side.create(Engine.MARIADB, db -> db.execute(
                "CREATE TABLE readings (id INT PRIMARY KEY, taken DATETIME)",
                "SET SESSION sql_mode = ''",
                "INSERT INTO readings SELECT seq, '2024-01-01 00:00:00' FROM seq_1_to_250000",
                "UPDATE readings SET taken = '0000-00-00 00:00:00' WHERE id IN (10, 240000)",
                "ANALYZE TABLE readings"));
             Side target = Side.create(Engine.POSTGRESQL, null);
             SessionSource from = source.sessions(vertx); SessionSource to = target.sessions(vertx)) {
            var blocked = assertThrows(MigrationRunner.MigrationBlockedException.class,
                    () -> new MigrationRunner().run(from, to, settings(Map.of()), new MemoryCopyListener(), false));
            PreflightFinding finding = blocked.plan().findings().get(0);
            assertEquals(2, finding.count());
            assertEquals(List.of(10L), finding.exampleKey().stream().map(k -> ((Number) k).longValue()).toList());
        }
    }

    @Test
    void zeroDatesAreRefusedNamingTableColumnAndKey() throws Exception {
        try (Side source = Side.create(Engine.MARIADB, db -> db.execute(
                "CREATE TABLE events (id INT PRIMARY KEY, happened DATE)",
                "SET SESSION sql_mode = ''",
                "INSERT INTO events VALUES (1, '2024-01-01'), (2, '0000-00-00'), (3, '0000-00-00')"));
             Side target = Side.create(Engine.POSTGRESQL, null);
             SessionSource from = source.sessions(vertx); SessionSource to = target.sessions(vertx)) {
            var blocked = assertThrows(MigrationRunner.MigrationBlockedException.class,
                    () -> new MigrationRunner().run(from, to, settings(Map.of()), new MemoryCopyListener(), false));
            PreflightFinding finding = blocked.plan().findings().get(0);
            assertEquals("events", finding.table());
            assertEquals("happened", finding.column());
            assertEquals(PreflightRule.ZERO_DATE, finding.rule());
            assertEquals(2, finding.count());
            assertEquals(List.of(2L), finding.exampleKey().stream().map(k -> ((Number) k).longValue()).toList());
            assertTrue(blocked.getMessage().contains("events.happened"), blocked.getMessage());
            try (DbSession dst = to.open()) {
                assertTrue(dst.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'").isEmpty(),
                        "nothing may be written before the preflight passes");
            }
        }
    }

    @Test
    void zeroDatesBecomeNullUnderTheNullPolicyAndAreReported() throws Exception {
        try (Side source = Side.create(Engine.MARIADB, db -> db.execute(
                "CREATE TABLE events (id INT PRIMARY KEY, happened DATE NOT NULL)",
                "SET SESSION sql_mode = ''",
                "INSERT INTO events VALUES (1, '2024-01-01'), (2, '0000-00-00')"));
             Side target = Side.create(Engine.POSTGRESQL, null);
             SessionSource from = source.sessions(vertx); SessionSource to = target.sessions(vertx)) {
            MigrationOutcome outcome = new MigrationRunner().run(from, to,
                    settings(Map.of("events.happened", ColumnPolicy.NULL)), new MemoryCopyListener(), false);
            assertTrue(outcome.verified(), outcome.failedChecks());
            PreflightFinding changed = outcome.changedValues().get(0);
            assertEquals(1, changed.count());
            assertEquals(ColumnPolicy.NULL, changed.policy());
            try (DbSession dst = to.open()) {
                assertNull(dst.queryValue("SELECT happened FROM events WHERE id = 2", List.of()));
                assertEquals("2024-01-01", String.valueOf(dst.queryValue("SELECT happened FROM events WHERE id = 1", List.of())));
            }
        }
    }

    @Test
    void nulCharactersBoundForPostgresAreRefused() throws Exception {
        try (Side source = Side.sqlite(null);
             Side target = Side.create(Engine.POSTGRESQL, null)) {
            try (SessionSource from = source.sessions(vertx); DbSession s = from.open()) {
                s.update("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
                s.update("INSERT INTO notes VALUES (1, 'fine'), (7, 'nul' || char(0) || 'inside')");
            }
            try (SessionSource from = source.sessions(vertx); SessionSource to = target.sessions(vertx)) {
                var blocked = assertThrows(MigrationRunner.MigrationBlockedException.class,
                        () -> new MigrationRunner().run(from, to, settings(Map.of()), new MemoryCopyListener(), false));
                PreflightFinding finding = blocked.plan().findings().get(0);
                assertEquals(PreflightRule.NUL_CHARACTER, finding.rule());
                assertEquals("notes", finding.table());
                assertEquals("body", finding.column());
                assertEquals(1, finding.count());
                assertEquals(7L, ((Number) finding.exampleKey().get(0)).longValue());

                MigrationOutcome outcome = new MigrationRunner().run(from, to,
                        settings(Map.of("notes.body", ColumnPolicy.NULL)), new MemoryCopyListener(), false);
                assertTrue(outcome.verified(), outcome.failedChecks());
                try (DbSession dst = to.open()) {
                    assertNull(dst.queryValue("SELECT body FROM notes WHERE id = 7", List.of()));
                }
            }
        }
    }

    @Test
    void nullPolicyForSqliteAffinityReplacesOnlyTheUnreadableValues() throws Exception {
        try (Side source = Side.sqlite(null); Side target = Side.create(Engine.POSTGRESQL, null)) {
            try (SessionSource from = source.sessions(vertx); DbSession s = from.open()) {
                s.update("CREATE TABLE prices (id INTEGER PRIMARY KEY, amount NUMERIC(10,2), active BOOLEAN, qty INTEGER)");
                s.update("INSERT INTO prices VALUES (1, 9.99, 1, 5), (2, 'n/a', 0, 6), (3, 1.5, 'yes', 'many')");
            }
            try (SessionSource from = source.sessions(vertx); SessionSource to = target.sessions(vertx)) {
                var policies = Map.of("prices.amount", ColumnPolicy.NULL, "prices.active", ColumnPolicy.NULL,
                        "prices.qty", ColumnPolicy.NULL);
                MigrationOutcome outcome = new MigrationRunner().run(from, to, settings(policies), new MemoryCopyListener(), false);
                assertTrue(outcome.verified(), outcome.failedChecks());
                assertEquals(3, outcome.changedValues().size(), outcome.changedValues().toString());
                try (DbSession dst = to.open()) {
                    List<Object[]> rows = dst.query("SELECT id, amount::text, active, qty FROM prices ORDER BY id");
                    assertEquals("1|9.99|true|5", row(rows.get(0)));
                    assertEquals("2|null|false|6", row(rows.get(1)));
                    assertEquals("3|1.50|null|null", row(rows.get(2)));
                }
            }
        }
    }

    private static String row(Object[] values) {
        return java.util.Arrays.stream(values).map(String::valueOf).collect(java.util.stream.Collectors.joining("|"));
    }

    private static MigrationSettings settings(Map<String, ColumnPolicy> policies) {
        return new MigrationSettings(List.of(), MigrationSettings.Include.BOTH, 100, 1, false,
                MigrationSettings.Verify.CHECKSUM, policies);
    }
}
