package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.BulkChannel;
import dev.ferry.engine.session.SessionException;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.migration.MigrationOutcome;
import dev.ferry.migration.MigrationRunner;
import dev.ferry.migration.MigrationSettings;
import dev.ferry.support.MemoryCopyListener;
import dev.ferry.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LOAD DATA LOCAL INFILE as the bulk path: LOCAL loads turn errors into warnings, so a page with
 * warnings must leave nothing behind; a server that refuses LOCAL loads still gets every row.
 */
abstract class BulkLoadContractTest extends MySqlFamilyTestSupport {

    @Test
    void aPageTheServerWouldAlterIsRolledBackInsteadOfKeptTruncated() {
        database.execute("CREATE TABLE short_text (id INT PRIMARY KEY, v VARCHAR(3))");
        Table table = schemaTable("short_text");
        BulkFormat format = dialect().data().bulkFormat().orElseThrow();
        StringBuilder page = new StringBuilder();
        format.renderer(table).append(new Object[] {1L, "abc"}, page);
        format.renderer(table).append(new Object[] {2L, "abcdef"}, page);
        try (BulkChannel channel = sessions.openBulk().orElseThrow()) {
            dialect().data().bulkLoadSetup().forEach(channel::execute);
            SessionException failure = assertThrows(SessionException.class, () -> channel.load(format, table, page));
            assertTrue(failure.getMessage().contains("rolled back"), failure.getMessage());
        }
        assertEquals(0L, count("short_text"));
    }

    @Test
    void aServerWithLocalLoadsSwitchedOffGetsEveryRowThroughInserts() {
        database.execute("CREATE TABLE refused (id INT PRIMARY KEY, v VARCHAR(20), b VARBINARY(4))");
        StringBuilder insert = new StringBuilder("INSERT INTO refused VALUES ");
        for (int i = 1; i <= 50; i++) {
            insert.append(i == 1 ? "" : ", ").append("(").append(i).append(", 'tab\\there ").append(i).append("', X'00ff')");
        }
        database.execute(insert.toString());
        TestDatabase copy = createDatabase();
        SessionSource target = sessions(copy);
        MemoryCopyListener listener = new MemoryCopyListener();
        database.execute("SET GLOBAL local_infile = 0");
        try {
            MigrationSettings settings = new MigrationSettings(List.of("refused"), MigrationSettings.Include.BOTH, 20, 1,
                    false, MigrationSettings.Verify.CHECKSUM, Map.of());
            MigrationOutcome outcome = new MigrationRunner().run(sessions, target, settings, listener, false);
            assertTrue(outcome.verified(), outcome.failedChecks());
        } finally {
            database.execute("SET GLOBAL local_infile = 1");
        }
        long copied = inSession(target, s -> ((Number) s.queryValue("SELECT COUNT(*) FROM refused", List.of())).longValue());
        assertEquals(50L, copied);
        assertTrue(listener.events().stream().anyMatch(e -> e.contains("loading with INSERT")), listener.events().toString());
    }

    @Test
    void aPageLargerThanTheServerTakesInOneRequestLoadsInSeveralFilesAllOrNothing() {
        database.execute("CREATE TABLE big_page (id INT PRIMARY KEY, v LONGTEXT)");
        Table table = schemaTable("big_page");
        BulkFormat format = dialect().data().bulkFormat().orElseThrow();
        StringBuilder page = new StringBuilder();
        for (long id = 1; id <= 30; id++) {
            format.renderer(table).append(new Object[] {id, "x".repeat(100_000)}, page);
        }
        StringBuilder tooWide = new StringBuilder(page);
        format.renderer(table).append(new Object[] {31L, "y".repeat(1_500_000)}, tooWide);
        withMaxAllowedPacket(1 << 20, () -> {
            try (BulkChannel channel = sessions.openBulk().orElseThrow()) {
                dialect().data().bulkLoadSetup().forEach(channel::execute);
                SessionException refused = assertThrows(SessionException.class, () -> channel.load(format, table, tooWide));
                assertTrue(refused.getMessage().contains("max_allowed_packet = 1 MB"), refused.getMessage());
                assertEquals(0L, count("big_page"), "the rows before the refused one were rolled back with it");
                assertEquals(30L, channel.load(format, table, page));
            }
        });
        assertEquals(30L, count("big_page"));
        long length = inSession(s -> ((Number) s.queryValue("SELECT SUM(LENGTH(v)) FROM big_page", List.of())).longValue());
        assertEquals(3_000_000L, length);
    }

    /** Runs {@code body} with the server's max_allowed_packet lowered for connections opened meanwhile. */
    private void withMaxAllowedPacket(long bytes, Runnable body) {
        long before = inSession(s -> ((Number) s.queryValue("SELECT @@GLOBAL.max_allowed_packet", List.of())).longValue());
        database.execute("SET GLOBAL max_allowed_packet = " + bytes);
        try {
            body.run();
        } finally {
            database.execute("SET GLOBAL max_allowed_packet = " + before);
        }
    }

    private Table schemaTable(String name) {
        return inSession(s -> dialect().schemaReader().read(s)).table(name).orElseThrow();
    }

    private long count(String table) {
        return inSession(s -> ((Number) s.queryValue("SELECT COUNT(*) FROM " + table, List.of())).longValue());
    }
}
