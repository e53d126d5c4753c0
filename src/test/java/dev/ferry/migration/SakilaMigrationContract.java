package dev.ferry.migration;

import dev.ferry.engine.Engine;
import dev.ferry.support.MySqlScripts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sakila for MySQL (ENUM, SET, YEAR, BLOB, GEOMETRY carried as WKB, FULLTEXT, triggers, views,
 * procedures) migrated out of MariaDB: every row equal, the objects that are not tables listed
 * as not migrated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SakilaMigrationContract {

    private static final long SAKILA_ROWS = 47_273;

    private MigratedPair pair;

    protected abstract Engine targetEngine();

    @BeforeAll
    void migrate() {
        pair = new MigratedPair(Side.create(Engine.MARIADB, MySqlScripts::loadSakila), targetEngine(), 5000, Map.of());
    }

    @AfterAll
    void cleanUp() throws Exception {
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void everyRowArrivesEqualAndVerified() {
        assertTrue(pair.outcome.verified(), pair.outcome.failedChecks());
        assertEquals(SAKILA_ROWS, pair.outcome.rowsMigrated());
        assertEquals(SAKILA_ROWS, RowComparison.assertSameRows(pair.sourceSessions, pair.targetSessions));
    }

    @Test
    void viewsTriggersAndProceduresAreListedAsNotMigrated() {
        Set<String> notMigrated = pair.outcome.objects().stream().filter(o -> !o.migrated())
                .map(o -> o.kind() + " " + o.name()).collect(Collectors.toSet());
        assertTrue(notMigrated.contains("view film_list"), notMigrated.toString());
        assertTrue(notMigrated.contains("trigger ins_film"), notMigrated.toString());
        assertTrue(notMigrated.contains("routine film_in_stock"), notMigrated.toString());
        assertFalse(pair.outcome.objects().isEmpty());
    }
}
