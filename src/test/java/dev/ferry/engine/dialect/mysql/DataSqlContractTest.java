package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.model.CanonicalValues;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keyset paging, key lookups, generators, orphan counts and snapshots against the server. */
abstract class DataSqlContractTest extends MySqlFamilyTestSupport {

    @Test
    void keysetPagesOverACompositeKeyReturnEveryRowExactlyOnce() {
        database.execute("CREATE TABLE paged (a INT NOT NULL, b VARCHAR(20) NOT NULL, c DATETIME(6) NOT NULL, v INT,"
                + " PRIMARY KEY (a, b, c)) DEFAULT CHARSET=utf8mb4");
        StringBuilder insert = new StringBuilder("INSERT INTO paged VALUES ");
        for (int i = 0; i < 1000; i++) {
            insert.append(i == 0 ? "" : ", ").append("(").append(i % 7).append(", '").append(i % 2 == 0 ? "ß" : "k")
                    .append(i % 11).append("', '2020-01-01 00:00:00' + INTERVAL ").append(i % 5).append(" SECOND + INTERVAL ")
                    .append(i).append(" MICROSECOND, ").append(i).append(")");
        }
        database.execute(insert.toString());
        assertEquals(1000, pageThrough("paged", 37).size());
    }

    @Test
    void keysetPagesOverUnsignedAndTimestampKeysCompareExactly() {
        database.execute("CREATE TABLE paged_wide (ts TIMESTAMP(6) NOT NULL, u BIGINT UNSIGNED NOT NULL, PRIMARY KEY (ts, u))",
                "SET time_zone = '+00:00'",
                "INSERT INTO paged_wide VALUES ('2001-01-01 00:00:00.000001', 18446744073709551615),"
                        + " ('2001-01-01 00:00:00.000001', 18446744073709551614), ('2001-01-01 00:00:00.000001', 18446744073709551613),"
                        + " ('2001-01-01 00:00:00.000002', 9007199254740993), ('2001-01-01 00:00:00.000002', 9007199254740992),"
                        + " ('2038-01-19 03:14:07.999999', 0), ('1970-01-01 00:00:01', 1)");
        List<List<String>> keys = pageThrough("paged_wide", 2);
        assertEquals(7, keys.size());
        assertEquals(List.of("1970-01-01T00:00:01.000000Z", "1"), keys.get(0));
        assertEquals(List.of("2001-01-01T00:00:00.000001Z", "18446744073709551615"), keys.get(3));
        assertEquals(List.of("2001-01-01T00:00:00.000002Z", "9007199254740993"), keys.get(5));
    }

    @Test
    void selectByKeysAndDeleteByKeysMatchExactlyTheGivenKeys() {
        database.execute("CREATE TABLE keyed (a INT NOT NULL, b VARCHAR(10) NOT NULL, v INT, PRIMARY KEY (a, b))",
                "INSERT INTO keyed VALUES (1, 'x', 10), (1, 'y', 11), (2, 'x', 20), (3, 'z', 30)");
        Table table = table(readSchema(), "keyed");
        List<Object> keys = List.of(1L, "y", 3L, "z", 9L, "nope");
        List<Object[]> rows = inSession(s -> s.query(dialect().data().selectByKeys(table, 3), keys));
        assertEquals(Set.of(11L, 30L), Set.of(rows.get(0)[2], rows.get(1)[2]));
        assertEquals(2, rows.size());
        long deleted = inSession(s -> s.update(dialect().data().deleteByKeys(table, 3), keys));
        assertEquals(2, deleted);
        assertEquals(2L, count(table));
    }

    @Test
    void generatorsYieldTheNextKeyAfterAResetAlsoForEmptyTablesAndOddNames() {
        database.execute("CREATE TABLE `gen 'x`` \\` (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, v INT)",
                "CREATE TABLE gen_empty (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, v INT)");
        var schema = readSchema();
        Table filled = table(schema, "gen 'x` \\");
        Table empty = table(schema, "gen_empty");
        inSession(s -> {
            s.update(dialect().data().insert(filled, 3), List.of(5L, 1L, 9L, 2L, 10L, 3L));
            assertEquals(10L, ((Number) s.queryValue(dialect().data().max(filled, id(filled)), List.of())).longValue());
            dialect().ddl().resetAutoIncrement(filled, id(filled), 11).forEach(s::update);
            assertEquals(11L, next(s, filled));
            dialect().ddl().resetAutoIncrement(empty, id(empty), 1).forEach(s::update);
            assertEquals(1L, next(s, empty));
            return null;
        });
        database.execute("INSERT INTO `gen 'x`` \\` (v) VALUES (4)", "INSERT INTO gen_empty (v) VALUES (1)");
        assertEquals(11L, maxId("`gen 'x`` \\`"));
        assertEquals(1L, maxId("gen_empty"));
        inSession(s -> {
            dialect().ddl().resetAutoIncrement(filled, id(filled), 2).forEach(s::update);
            assertEquals(12L, next(s, filled), "never below the maximum");
            return null;
        });
    }

    @Test
    void orphanCountFindsChildrenWithoutParentsButNotNullReferences() {
        database.execute("CREATE TABLE parent (id INT NOT NULL PRIMARY KEY)",
                "CREATE TABLE child (id INT NOT NULL PRIMARY KEY, p INT, CONSTRAINT fk_child_parent FOREIGN KEY (p) REFERENCES parent (id))",
                "INSERT INTO parent VALUES (1)", "SET FOREIGN_KEY_CHECKS = 0",
                "INSERT INTO child VALUES (1, 1), (2, 2), (3, 3), (4, NULL)", "SET FOREIGN_KEY_CHECKS = 1");
        Table child = table(readSchema(), "child");
        ForeignKey fk = child.foreignKeys().get(0);
        long orphans = inSession(s -> ((Number) s.queryValue(dialect().data().orphanCount(child, fk), List.of())).longValue());
        assertEquals(2L, orphans);
    }

    @Test
    void aReadSnapshotDoesNotSeeLaterWrites() {
        database.execute("CREATE TABLE snap (id INT NOT NULL PRIMARY KEY)", "INSERT INTO snap VALUES (1)");
        Table table = table(readSchema(), "snap");
        inSession(reader -> {
            reader.update(dialect().data().beginReadSnapshot());
            database.execute("INSERT INTO snap VALUES (2)");
            assertEquals(1L, ((Number) reader.queryValue(dialect().data().count(table), List.of())).longValue());
            reader.update("COMMIT");
            assertEquals(2L, ((Number) reader.queryValue(dialect().data().count(table), List.of())).longValue());
            return null;
        });
    }

    /** All keys of a table, normalized, read page by page as the copy engine does. */
    private List<List<String>> pageThrough(String name, int pageSize) {
        Table table = table(readSchema(), name);
        int[] keys = table.primaryKey().stream().mapToInt(k -> table.columns().indexOf(table.column(k).orElseThrow())).toArray();
        List<UnaryOperator<Object>> decoders = table.columns().stream().map(c -> dialect().codec().decoder(c.type())).toList();
        List<List<String>> seen = new ArrayList<>();
        inSession(s -> {
            Object[] last = null;
            while (true) {
                List<Object[]> page = last == null ? s.query(dialect().data().selectPage(table, pageSize, false))
                        : s.query(dialect().data().selectPage(table, pageSize, true), Arrays.asList(last));
                for (Object[] row : page) {
                    List<String> key = new ArrayList<>();
                    for (int k : keys) {
                        key.add(CanonicalValues.normalize(decoders.get(k).apply(row[k])));
                    }
                    seen.add(key);
                }
                if (page.size() < pageSize) {
                    return null;
                }
                Object[] lastRow = page.get(page.size() - 1);
                last = Arrays.stream(keys).mapToObj(k -> lastRow[k]).toArray();
            }
        });
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no key twice");
        assertEquals(count(table), seen.size(), "every row");
        return seen;
    }

    private long maxId(String quotedTable) {
        return inSession(s -> ((Number) s.queryValue("SELECT MAX(id) FROM " + quotedTable, List.of())).longValue());
    }

    private long count(Table table) {
        return inSession(s -> ((Number) s.queryValue(dialect().data().count(table), List.of())).longValue());
    }

    private long next(DbSession session, Table table) {
        Optional<String> sql = dialect().ddl().nextAutoIncrementValue(table, id(table));
        assertTrue(sql.isPresent());
        return ((Number) session.queryValue(sql.get(), List.of())).longValue();
    }

    private static Column id(Table table) {
        return table.column("id").orElseThrow();
    }
}
