package dev.ferry.migration;

import dev.ferry.engine.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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

    private MigratedPair pair;

    protected abstract Engine sourceEngine();

    protected abstract Engine targetEngine();

    /** Policies this pair needs (values the target cannot hold as declared). */
    protected Map<String, ColumnPolicy> policies() {
        return Map.of();
    }

    @BeforeAll
    void migrate() {
        pair = new MigratedPair(Side.torture(sourceEngine()), targetEngine(), 2, policies());
    }

    @AfterAll
    void cleanUp() throws Exception {
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void migrationVerifiesWithChecksums() {
        assertTrue(pair.outcome.verified(), pair.outcome.failedChecks());
        assertEquals(TORTURE_ROWS, pair.outcome.rowsMigrated());
    }

    @Test
    void everyValueArrivesEqual() {
        assertEquals(TORTURE_ROWS, RowComparison.assertSameRows(pair.sourceSessions, pair.targetSessions));
    }
}
