package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static dev.ferry.engine.dialect.postgres.PgTestDatabase.PG;
import static dev.ferry.engine.model.Column.Generation.AUTO_INCREMENT;
import static dev.ferry.engine.model.Column.Generation.IDENTITY_ALWAYS;
import static dev.ferry.engine.model.Column.Generation.IDENTITY_BY_DEFAULT;
import static dev.ferry.engine.model.LogicalType.INT16;
import static dev.ferry.engine.model.LogicalType.INT32;
import static dev.ferry.engine.model.LogicalType.INT64;
import static dev.ferry.engine.model.LogicalType.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** After loading explicit keys, the generator is moved past the maximum, also for empty tables. */
class PostgresGeneratorTest {

    private static final AtomicInteger TABLES = new AtomicInteger();
    private static PgTestDatabase db;

    @BeforeAll
    static void create() {
        db = new PgTestDatabase("ferry_pg_generators");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    static Stream<Arguments> generators() {
        List<Arguments> cases = new ArrayList<>();
        Object[][] kinds = {
                {"serial", ColumnType.of(INT32, "int"), AUTO_INCREMENT},
                {"bigserial", ColumnType.of(INT64, "bigint"), AUTO_INCREMENT},
                {"smallserial", ColumnType.of(INT16, "smallint"), AUTO_INCREMENT},
                {"identity always", ColumnType.of(INT32, "integer"), IDENTITY_ALWAYS},
                {"identity by default", ColumnType.of(INT64, "bigint"), IDENTITY_BY_DEFAULT},
                {"bigint unsigned auto_increment", ColumnType.of(INT64, "bigint unsigned").withUnsigned(true), AUTO_INCREMENT}};
        for (Object[] kind : kinds) {
            cases.add(Arguments.of(kind[0], kind[1], kind[2], 10));
            cases.add(Arguments.of(kind[0], kind[1], kind[2], 0));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {3} rows")
    @MethodSource("generators")
    void theNextGeneratedKeyFollowsTheLoadedMaximum(String label, ColumnType key, Column.Generation generation, int rows) {
        Table table = new Table("Gen \"" + TABLES.incrementAndGet() + "\" Table", List.of(
                new Column("Key Col", PG.types().target(key).target(), false, null, generation, null),
                Column.of("note", PG.types().target(ColumnType.of(TEXT, "text")).target(), true)),
                List.of("Key Col"), List.of(), List.of(), 0);
        db.run(PG.ddl().createTable(table));
        if (rows > 0) {
            List<Object> params = new ArrayList<>();
            for (long id = 1; id <= rows; id++) {
                params.add(PG.codec().encoder(table.columns().get(0).type()).apply(id));
                params.add("row " + id);
            }
            db.withSession(s -> s.update(PG.data().insert(table, rows), params));
        }

        long expectedNext = moveGeneratorPastMaximum(table);

        Column keyColumn = table.columns().get(0);
        Object next = db.withSession(s -> s.queryValue(PG.ddl().nextAutoIncrementValue(table, keyColumn).orElseThrow(),
                List.of()));
        assertEquals(expectedNext, ((Number) next).longValue(), "reported next key");
        Object inserted = db.withSession(s -> s.queryValue("INSERT INTO " + PgSql.quote(table.name())
                + " (note) VALUES ('generated') RETURNING " + PgSql.quote("Key Col"), List.of()));
        assertEquals(expectedNext, ((Number) inserted).longValue(), "generated key");
        assertEquals(rows == 0 ? 1 : rows + 1, expectedNext);
    }

    @Test
    void aNativeSerialColumnWithAWeirdTableNameIsReset() {
        db.execute("CREATE TABLE \"Weird \"\"Name\"\"\" (\"Key Col\" serial PRIMARY KEY, note text)",
                "INSERT INTO \"Weird \"\"Name\"\"\" (\"Key Col\", note) VALUES (41, 'x')");
        Table table = db.table("Weird \"Name\"");
        assertEquals(AUTO_INCREMENT, table.columns().get(0).generation());
        assertEquals(42, moveGeneratorPastMaximum(table));
        assertEquals(42L, ((Number) db.withSession(s -> s.queryValue(PG.ddl().nextAutoIncrementValue(table,
                table.columns().get(0)).orElseThrow(), List.of()))).longValue());
    }

    /** What the copy engine does after the data: max + 1, or 1 for an empty table. */
    private static long moveGeneratorPastMaximum(Table table) {
        Column key = table.columns().get(0);
        Object max = db.withSession(s -> s.queryValue(PG.data().max(table, key), List.of()));
        long next = max == null ? 1 : ((Number) max).longValue() + 1;
        db.run(PG.ddl().resetAutoIncrement(table, key, next));
        return next;
    }
}
