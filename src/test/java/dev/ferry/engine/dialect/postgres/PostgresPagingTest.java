package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.DataSql;
import dev.ferry.engine.model.CanonicalValues;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.UnaryOperator;

import static dev.ferry.engine.dialect.postgres.PgTestDatabase.PG;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Keyset pages, key lookups and deletes, cursor reads and shared snapshots. */
class PostgresPagingTest {

    private static PgTestDatabase db;

    @BeforeAll
    static void create() {
        db = new PgTestDatabase("ferry_pg_paging");
        db.execute("CREATE TABLE \"Paged Rows\" (\"Region\" varchar(10), seq integer, payload text, PRIMARY KEY (\"Region\", seq))",
                "INSERT INTO \"Paged Rows\" SELECT r, s, r || s FROM unnest(ARRAY['a', 'B', 'é', 'o''k', 'z z']) r,"
                        + " generate_series(1, 200) s",
                "CREATE TYPE level AS ENUM ('low', 'high')",
                "CREATE TABLE exotic (k_num numeric(10,2), k_ts timestamptz, k_ch char(4), k_uuid uuid, k_level level,"
                        + " k_date date, v integer, PRIMARY KEY (k_num, k_ts, k_ch, k_uuid, k_level, k_date))",
                "INSERT INTO exotic SELECT (g % 7) / 4.0, timestamptz '2024-01-01 00:00:00.000001+02' + (g % 5) * interval '1 us',"
                        + " chr(65 + g % 3), md5(g::text)::uuid, (ARRAY['low', 'high'])[1 + g % 2]::level,"
                        + " date '0001-01-01 BC' + g, g FROM generate_series(1, 300) g",
                "CREATE TABLE no_key (a integer, b text)",
                "INSERT INTO no_key SELECT g, 'x' || g FROM generate_series(1, 95) g");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void keysetPagesOverACompositeKeyReturnEveryRowOnceInKeyOrder() {
        Table table = db.table("Paged Rows");
        List<List<Object>> paged = keys(table, readInPages(table, 37));
        List<List<Object>> ordered = keys(table, db.withSession(s -> s.query(PG.data().selectAll(table))));
        assertEquals(1000, paged.size());
        assertEquals(1000, new HashSet<>(paged).size());
        assertEquals(ordered, paged);
    }

    @Test
    void keysOfEveryWireTypeBindBackIntoTheNextPage() {
        Table table = db.table("exotic");
        List<Object[]> paged = readInPages(table, 7);
        assertEquals(300, paged.size());
        assertEquals(300, new HashSet<>(keys(table, paged)).size());
        assertEquals(keys(table, db.withSession(s -> s.query(PG.data().selectAll(table)))), keys(table, paged));
    }

    @Test
    void selectsAndDeletesExactlyTheRowsOfTheGivenKeys() {
        Table table = db.table("exotic");
        List<Object[]> all = db.withSession(s -> s.query(PG.data().selectAll(table)));
        List<Object[]> chosen = List.of(all.get(3), all.get(150), all.get(299));
        List<Object> params = new ArrayList<>();
        for (Object[] row : chosen) {
            params.addAll(encodedKey(table, row));
        }
        List<Object[]> found = db.withSession(s -> s.query(PG.data().selectByKeys(table, 3), params));
        assertEquals(new HashSet<>(keys(table, chosen)), new HashSet<>(keys(table, found)));

        long deleted = db.withSession(s -> s.update(PG.data().deleteByKeys(table, 3), params));
        assertEquals(3, deleted);
        assertEquals((Object) 297L, db.withSession(s -> s.queryValue(PG.data().count(table), List.of())));
        assertEquals(0, db.withSession(s -> s.query(PG.data().selectByKeys(table, 3), params)).size());
    }

    @Test
    void aTableWithoutKeyStreamsThroughACursor() {
        Table table = db.table("no_key");
        List<Integer> chunks = new ArrayList<>();
        db.withSession(s -> {
            s.begin();
            s.stream(PG.data().selectAll(table), List.of(), () -> 10, rows -> chunks.add(rows.size()));
            s.commit();
            return null;
        });
        assertEquals(95, chunks.stream().mapToInt(Integer::intValue).sum());
        assertEquals(10, chunks.get(0));
    }

    @Test
    void anExportedSnapshotShowsOtherSessionsTheSameRows() {
        Table table = db.table("no_key");
        DataSql sql = PG.data();
        db.withSession(holder -> {
            holder.update(sql.beginReadSnapshot());
            String id = String.valueOf(holder.queryValue(sql.exportSnapshot().orElseThrow(), List.of()));
            db.execute("INSERT INTO no_key VALUES (1000, 'after the snapshot')");
            long inSnapshot = db.withSession(reader -> {
                reader.update(sql.beginReadSnapshot());
                reader.update(sql.importSnapshot(id).orElseThrow());
                long n = ((Number) reader.queryValue(sql.count(table), List.of())).longValue();
                reader.update("COMMIT");
                return n;
            });
            holder.update("COMMIT");
            assertEquals(95, inSnapshot);
            return null;
        });
        assertEquals((Object) 96L, db.withSession(s -> s.queryValue(sql.count(table), List.of())));
        db.execute("DELETE FROM no_key WHERE a = 1000");
    }

    private static List<Object[]> readInPages(Table table, int size) {
        DataSql sql = PG.data();
        int[] keys = keyPositions(table);
        return db.withSession(s -> {
            List<Object[]> rows = new ArrayList<>(s.query(sql.selectPage(table, size, false)));
            while (rows.size() % size == 0 && !rows.isEmpty()) {
                Object[] last = rows.get(rows.size() - 1);
                List<Object> key = new ArrayList<>();
                for (int k : keys) {
                    key.add(last[k]);
                }
                List<Object[]> page = s.query(sql.selectPage(table, size, true), key);
                if (page.isEmpty()) {
                    break;
                }
                rows.addAll(page);
            }
            return rows;
        });
    }

    /** Key values the way verification binds them: decoded, then encoded by the codec. */
    private static List<Object> encodedKey(Table table, Object[] row) {
        List<Object> key = new ArrayList<>();
        for (int k : keyPositions(table)) {
            Column c = table.columns().get(k);
            UnaryOperator<Object> decode = PG.codec().decoder(c.type());
            key.add(PG.codec().encoder(c.type()).apply(decode.apply(row[k])));
        }
        return key;
    }

    private static List<List<Object>> keys(Table table, List<Object[]> rows) {
        int[] positions = keyPositions(table);
        return rows.stream().map(r -> Arrays.stream(positions).mapToObj(k -> (Object) CanonicalValues.normalize(
                PG.codec().decoder(table.columns().get(k).type()).apply(r[k]))).toList()).toList();
    }

    private static int[] keyPositions(Table table) {
        List<String> names = table.columns().stream().map(Column::name).toList();
        return table.primaryKey().stream().mapToInt(names::indexOf).toArray();
    }

}
