package dev.ferry.migration;

import dev.ferry.engine.Engine;
import dev.ferry.support.Datasets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rows relayed as text from PostgreSQL's COPY to MariaDB's LOAD DATA, in pages of two rows, arrive
 * equal to the source: escapes that differ between the engines (\b \f \v), the literal text \N,
 * extreme keys, -0 and subnormal doubles, microseconds and the years 1000 and 9999.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelayedTextPostgresToMariaDbTest {

    private static final long ROWS = 5 + 298 + 101 + 2;

    private MigratedPair pair;

    @BeforeAll
    void migrate() {
        Side source = Side.create(Engine.POSTGRESQL, db -> Datasets.loadResource(db, "relay/postgresql.sql"));
        pair = new MigratedPair(source, Engine.MARIADB, 2, Map.of());
    }

    @AfterAll
    void cleanUp() throws Exception {
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void relaysEveryTableWhoseColumnsAllHaveARelayForm() {
        List<String> relayed = pair.events.stream().filter(e -> e.contains("relayed as text")).sorted().toList();
        assertEquals(2, relayed.size(), String.join("\n", pair.events));
        assertTrue(relayed.get(0).startsWith("relayed:"), relayed.get(0));
        assertTrue(relayed.get(1).startsWith("small_key:"), relayed.get(1));
    }

    @Test
    void relayedRowsVerifyWithChecksums() {
        assertTrue(pair.outcome.verified(), pair.outcome.failedChecks());
        assertEquals(ROWS, pair.outcome.rowsMigrated());
    }

    @Test
    void everyRelayedValueArrivesEqual() {
        assertEquals(ROWS, RowComparison.assertSameRows(pair.sourceSessions, pair.targetSessions));
    }
}
