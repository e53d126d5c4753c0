package dev.ferry.engine.dialect.mysql;

import dev.ferry.copy.CopyListener;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.migration.MigrationOutcome;
import dev.ferry.migration.MigrationRunner;
import dev.ferry.migration.MigrationSettings;
import dev.ferry.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A migration stopped after a few committed pages resumes from its checkpoint: the last key, as
 * this dialect's sessions give it (datetime text, unsigned BigDecimal, TIMESTAMP epoch), binds
 * back and the result holds every row once. (Unsigned keys stay at or below Long.MAX_VALUE: the
 * preflight refuses larger ones even towards MySQL, see the report.)
 */
abstract class InterruptedMigrationContractTest extends MySqlFamilyTestSupport {

    @Test
    void aMigrationStoppedMidTableResumesWithEveryRowOnce() {
        StringBuilder insert = new StringBuilder("INSERT INTO wide_keys VALUES ");
        for (int i = 0; i < 300; i++) {
            insert.append(i == 0 ? "" : ", ").append("('2020-01-01 00:00:00' + INTERVAL ").append(i % 4)
                    .append(" MICROSECOND, 9223372036854775807 - ").append(i % 3)
                    .append(", '2001-01-01 00:00:00' + INTERVAL ").append(i).append(" SECOND, 'row ").append(i).append("')");
        }
        database.execute("CREATE TABLE wide_keys (d DATETIME(6) NOT NULL, u BIGINT UNSIGNED NOT NULL, ts TIMESTAMP(6) NOT NULL,"
                + " note VARCHAR(20), PRIMARY KEY (d, u, ts))", "SET time_zone = '+00:00'", insert.toString());
        TestDatabase copy = createDatabase();
        SessionSource target = sessions(copy);
        MigrationSettings settings = new MigrationSettings(List.of(), MigrationSettings.Include.BOTH, 40, 1, false,
                MigrationSettings.Verify.CHECKSUM, Map.of());
        StoppingListener listener = new StoppingListener(3);
        assertThrows(IllegalStateException.class,
                () -> new MigrationRunner().run(sessions, target, settings, listener, false));
        long partial = rows(target);
        assertTrue(partial > 0 && partial < 300, partial + " rows before the stop");
        listener.stopAfter = Integer.MAX_VALUE;
        MigrationOutcome outcome = new MigrationRunner().run(sessions, target, settings, listener, true);
        assertTrue(outcome.verified(), outcome.failedChecks());
        assertEquals(300L, rows(target));
    }

    private long rows(SessionSource target) {
        return inSession(target, s -> ((Number) s.queryValue("SELECT COUNT(*) FROM wide_keys", List.of())).longValue());
    }

    /** Keeps checkpoints like a job does and stops the run after a number of saved table pages. */
    private static final class StoppingListener implements CopyListener {
        private final Map<String, String> checkpoints = new ConcurrentHashMap<>();
        private volatile int stopAfter;
        private volatile int pages;

        StoppingListener(int stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public void phase(String phase, int itemsDone, int itemsTotal) {
        }

        @Override
        public void progress(String table, long rows, long bytes) {
        }

        @Override
        public void event(String message) {
        }

        @Override
        public Optional<String> loadCheckpoint(String key) {
            return Optional.ofNullable(checkpoints.get(key));
        }

        @Override
        public void saveCheckpoint(String key, String state) {
            checkpoints.put(key, state);
            if (key.startsWith("table:")) {
                pages++;
            }
        }

        @Override
        public void throwIfCancelled() {
            if (pages >= stopAfter) {
                throw new IllegalStateException("stopped after " + pages + " pages");
            }
        }
    }
}
