package dev.ferry.migration;

import dev.ferry.engine.Engine;
import dev.ferry.engine.session.SessionSource;
import io.vertx.mutiny.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The torture tables of the source engine (extreme integers, decimals, microsecond timestamps,
 * unicode, control characters, all byte values, JSON, reserved and mixed-case names, no key,
 * composite key, FK cycle, self-reference, empty table) arrive with every value equal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TortureMigrationContract {

    private static final long TORTURE_ROWS = 3 + 4 + 4 + 2 + 2 + 3;

    private Vertx vertx;
    private Side source;
    private Side target;
    private SessionSource sourceSessions;
    private SessionSource targetSessions;
    private MigrationOutcome outcome;

    protected abstract Engine sourceEngine();

    protected abstract Engine targetEngine();

    /** Policies this pair needs (values the target cannot hold as declared). */
    protected Map<String, ColumnPolicy> policies() {
        return Map.of();
    }

    @BeforeAll
    void migrate() {
        vertx = Vertx.vertx();
        source = Side.torture(sourceEngine());
        target = Side.create(targetEngine(), null);
        sourceSessions = source.sessions(vertx);
        targetSessions = target.sessions(vertx);
        var settings = new MigrationSettings(List.of(), MigrationSettings.Include.BOTH, 2, 2, false,
                MigrationSettings.Verify.CHECKSUM, policies());
        outcome = new MigrationRunner().run(sourceSessions, targetSessions, settings, new RecordingListener(), false);
    }

    @AfterAll
    void cleanUp() throws Exception {
        sourceSessions.close();
        targetSessions.close();
        source.close();
        target.close();
        vertx.closeAndAwait();
    }

    @Test
    void migrationVerifiesWithChecksums() {
        assertTrue(outcome.verified(), outcome.failedChecks());
        assertEquals(TORTURE_ROWS, outcome.rowsMigrated());
    }

    @Test
    void everyValueArrivesEqual() {
        assertEquals(TORTURE_ROWS, RowComparison.assertSameRows(sourceSessions, targetSessions));
    }
}
