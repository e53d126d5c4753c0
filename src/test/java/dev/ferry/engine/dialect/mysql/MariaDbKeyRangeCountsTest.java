package dev.ferry.engine.dialect.mysql;

import dev.ferry.copy.KeyRangeCounts;
import dev.ferry.engine.Engine;
import dev.ferry.engine.model.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A count split in two halves of the key range on two connections (what a large table gets)
 * answers exactly what one scan answers, whatever the keys' spread and sign.
 */
class MariaDbKeyRangeCountsTest extends MySqlFamilyTestSupport {

    @Override
    protected Engine engine() {
        return Engine.MARIADB;
    }

    @BeforeAll
    void createKeyedRows() {
        database.execute(
                "CREATE TABLE spread (id BIGINT NOT NULL PRIMARY KEY, v INT)",
                "INSERT INTO spread SELECT CAST(seq AS SIGNED) - 500, seq % 7 FROM seq_1_to_1001",
                "INSERT INTO spread VALUES (-9223372036854775808, 1), (9223372036854775807, 3), (1000000000, NULL)",
                "CREATE TABLE pair (id INT NOT NULL PRIMARY KEY, v INT)",
                "INSERT INTO pair VALUES (41, 1), (42, 3)");
    }

    @Test
    void halvesAddUpToOneScanForEveryPredicateAndForTheRowCount() {
        List<String> predicates = List.of("1 = 1", "v = 3", "v IS NULL", "id < 0");
        for (String name : List.of("spread", "pair")) {
            Table table = table(readSchema(), name);
            KeyRangeCounts counts = new KeyRangeCounts(dialect(), sessions);
            long[] whole = inSession(s -> counts.count(s, table, predicates, 0));
            long[] split = inSession(s -> counts.count(s, table, predicates, KeyRangeCounts.SPLIT_ROWS));
            assertArrayEquals(whole, split, name);
            long counted = inSession(s -> counts.rows(s, table, 0));
            long countedInHalves = inSession(s -> counts.rows(s, table, KeyRangeCounts.SPLIT_ROWS));
            assertEquals(whole[0], counted, name);
            assertEquals(counted, countedInHalves, name);
        }
        assertArrayEquals(new long[] {1004, 144, 1, 500},
                inSession(s -> new KeyRangeCounts(dialect(), sessions).count(s, table(readSchema(), "spread"),
                        List.of("1 = 1", "v = 3", "v IS NULL", "id < 0"), KeyRangeCounts.SPLIT_ROWS)));
    }
}
