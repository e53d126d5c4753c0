package dev.ferry.migration;

import dev.ferry.engine.Engine;
import dev.ferry.engine.session.DbSession;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.support.MemoryCopyListener;
import io.vertx.mutiny.core.Vertx;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rows far wider than usual (80 KB each) travel in pages sized by bytes, not by the batch size:
 * each page holds what fits the byte budget, with and without a key, and every value arrives.
 */
abstract class WideRowsMigrationContract {

    private static final int ROWS = 40;
    /** About three rows of 64 KB text plus 16 KB of bytes; pages hold the power of two below: 2. */
    private static final long PAGE_BYTES = 256 * 1024;

    protected abstract Engine sourceEngine();

    protected abstract Engine targetEngine();

    @Test
    void wideRowsTravelInPagesThatFitTheByteBudget() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (Side source = Side.create(sourceEngine(), null); Side target = Side.create(targetEngine(), null);
             SessionSource from = source.sessions(vertx); SessionSource to = target.sessions(vertx)) {
            try (DbSession session = from.open()) {
                wideTables(sourceEngine()).forEach(session::update);
            }
            var settings = new MigrationSettings(List.of(), MigrationSettings.Include.BOTH, 5000, 2, false,
                    MigrationSettings.Verify.CHECKSUM, Map.of());
            MemoryCopyListener listener = new MemoryCopyListener();
            MigrationOutcome outcome = new MigrationRunner(2, PAGE_BYTES).run(from, to, settings, listener, false);

            assertTrue(outcome.verified(), outcome.failedChecks());
            assertEquals(2 * ROWS, RowComparison.assertSameRows(from, to));
            List<Long> pages = listener.pageRows();
            assertEquals(2 * ROWS, pages.stream().mapToLong(Long::longValue).sum());
            assertEquals(2L, pages.stream().mapToLong(Long::longValue).max().orElseThrow(),
                    "no page holds more rows than fit the budget, and pages fill it: " + pages);
        } finally {
            vertx.closeAndAwait();
        }
    }

    /** `documents` with a key and `attachments` without one, each row 64 KB of text and 16 KB of bytes. */
    private static List<String> wideTables(Engine engine) {
        return switch (engine) {
            case POSTGRESQL -> List.of(
                    "CREATE TABLE documents (id bigint PRIMARY KEY, body text NOT NULL, data bytea NOT NULL)",
                    "CREATE TABLE attachments (id bigint NOT NULL, body text NOT NULL, data bytea NOT NULL)",
                    "INSERT INTO documents SELECT g, repeat(md5(g::text), 2048), decode(repeat(md5(g::text), 1024), 'hex')"
                            + " FROM generate_series(1, " + ROWS + ") g",
                    "INSERT INTO attachments SELECT * FROM documents");
            case MYSQL, MARIADB -> List.of(
                    "CREATE TABLE documents (id BIGINT PRIMARY KEY, body LONGTEXT NOT NULL, data LONGBLOB NOT NULL)",
                    "CREATE TABLE attachments (id BIGINT NOT NULL, body LONGTEXT NOT NULL, data LONGBLOB NOT NULL)",
                    "INSERT INTO documents SELECT seq, REPEAT(MD5(seq), 2048), UNHEX(REPEAT(MD5(seq), 1024))"
                            + " FROM seq_1_to_" + ROWS,
                    "INSERT INTO attachments SELECT * FROM documents");
            case SQLITE -> List.of(
                    "CREATE TABLE documents (id INTEGER PRIMARY KEY, body TEXT NOT NULL, data BLOB NOT NULL)",
                    "CREATE TABLE attachments (id INTEGER NOT NULL, body TEXT NOT NULL, data BLOB NOT NULL)",
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + ROWS + ")"
                            + " INSERT INTO documents SELECT i, replace(hex(zeroblob(32768)), '00', printf('%02d', i)),"
                            + " randomblob(16384) FROM n",
                    "INSERT INTO attachments SELECT * FROM documents");
        };
    }
}
