package dev.ferry.migration;

import dev.ferry.engine.Engine;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.support.MemoryCopyListener;
import io.vertx.mutiny.core.Vertx;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A migration stopped in the middle of its data (after some committed batches) and run again
 * with its checkpoints ends with exactly the source rows: nothing missing, nothing twice.
 */
abstract class ResumeMigrationContract {

    protected abstract Engine sourceEngine();

    protected abstract Engine targetEngine();

    @Test
    void interruptedMigrationResumesToExactlyTheSourceRows() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (Side source = Side.chinook(sourceEngine()); Side target = Side.create(targetEngine(), null);
             SessionSource from = source.sessions(vertx); SessionSource to = target.sessions(vertx)) {
            var settings = new MigrationSettings(List.of(), MigrationSettings.Include.BOTH, 200, 2, false,
                    MigrationSettings.Verify.CHECKSUM, Map.of());
            MemoryCopyListener listener = new MemoryCopyListener(25);
            assertThrows(MemoryCopyListener.Stop.class,
                    () -> new MigrationRunner().run(from, to, settings, listener, false));
            long before = listener.rows();
            assertTrue(before > 0 && before < 15_607, "stopped in the middle, after " + before + " rows");

            MigrationOutcome outcome = new MigrationRunner().run(from, to, settings, listener, true);
            assertTrue(outcome.verified(), outcome.failedChecks());
            assertEquals(15_607, RowComparison.assertSameRows(from, to));
        } finally {
            vertx.closeAndAwait();
        }
    }
}
