package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.PreflightRule;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import static dev.ferry.engine.dialect.postgres.PgTestDatabase.PG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL as a source: each predicate finds exactly the rows whose decoded values the copy's
 * Java twin (RulePredicates, applied under the null policy) would change.
 */
class PostgresPreflightTest {

    private static PgTestDatabase db;
    private static Table table;

    @BeforeAll
    static void create() {
        db = new PgTestDatabase("ferry_pg_preflight");
        db.execute("CREATE TABLE offenders (id integer PRIMARY KEY, f8 float8, f4 real, n numeric, n2 numeric(10,2),"
                        + " d date, ts timestamp(6), tz timestamptz(6))",
                "INSERT INTO offenders VALUES"
                        + " (1, 1.5, 1.5, 1.5, 1.50, '2020-01-01', '2020-01-01 00:00', '2020-01-01 00:00+00'),"
                        + " (2, 'NaN', 'Infinity', 'NaN', 2, '0999-12-31', '0999-12-31 23:59:59.999999', '1000-01-01 00:00:00+01'),"
                        + " (3, '-Infinity', 3, 'Infinity', 3, '10000-01-01', 'infinity', '9999-12-31 23:59:59+00'),"
                        + " (4, 4, '-Infinity', '-Infinity', 4, '0044-03-15 BC', '-infinity', 'infinity'),"
                        + " (5, 5, 'NaN', 5, 5, 'infinity', '1000-01-01 00:00:00', '0001-01-01 00:00:00+00 BC'),"
                        + " (6, 1e308, 6, 6, 6, '-infinity', '9999-12-31 23:59:59.999999', '-infinity'),"
                        + " (7, 7, 7, 7, 7, '9999-12-31', '10000-01-01 00:00:00', '10000-01-01 00:00:00+05'),"
                        + " (8, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
        table = db.table("offenders");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "NAN_OR_INFINITY, f8, '2,3'",
            "NAN_OR_INFINITY, f4, '2,4,5'",
            "NAN_OR_INFINITY, n, '2,3,4'",
            "NAN_OR_INFINITY, n2, ''",
            "DATE_OUT_OF_RANGE, d, '2,3,4,5,6'",
            "DATE_OUT_OF_RANGE, ts, '2,3,4,7'",
            "DATE_OUT_OF_RANGE, tz, '2,4,5,6'"})
    void predicateMatchesExactlyTheRowsTheJavaTwinChanges(PreflightRule rule, String columnName, String expectedIds) {
        Column column = table.column(columnName).orElseThrow();
        String predicate = PG.preflight().predicate(rule, column).orElseThrow();

        Set<Integer> bySql = new TreeSet<>();
        db.withSession(s -> s.query("SELECT id FROM offenders WHERE " + predicate)).forEach(r -> bySql.add(((Number) r[0]).intValue()));
        Set<Integer> byTwin = new TreeSet<>();
        Predicate<Object> twin = javaTwin(rule, column.type().logical());
        UnaryOperator<Object> decode = PG.codec().decoder(column.type());
        int position = table.columns().indexOf(column);
        for (Object[] row : db.withSession(s -> s.query(PG.data().selectAll(table)))) {
            if (twin.test(decode.apply(row[position]))) {
                byTwin.add(((Number) row[0]).intValue());
            }
        }
        Set<Integer> expected = new TreeSet<>();
        for (String id : expectedIds.split(",")) {
            if (!id.isBlank()) {
                expected.add(Integer.parseInt(id.trim()));
            }
        }
        assertEquals(expected, bySql, "SQL predicate");
        assertEquals(expected, byTwin, "Java twin");

        long count = ((Number) db.withSession(s -> s.queryValue(PG.data().countWhere(table, predicate), List.of()))).longValue();
        assertEquals(expected.size(), count);
        List<Object[]> first = db.withSession(s -> s.query(PG.data().firstKeyWhere(table, predicate)));
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.iterator().next().longValue()),
                first.stream().map(r -> r[0]).toList());
    }

    @Test
    void rulesThatPostgresValuesCannotBreakHaveNoPredicate() {
        for (Column column : table.columns()) {
            for (PreflightRule rule : List.of(PreflightRule.ZERO_DATE, PreflightRule.UNSIGNED_OVERFLOW,
                    PreflightRule.NUL_CHARACTER, PreflightRule.AFFINITY_MISMATCH)) {
                assertTrue(PG.preflight().predicate(rule, column).isEmpty(), rule + " " + column.name());
            }
        }
        assertTrue(PG.preflight().predicate(PreflightRule.NAN_OR_INFINITY, table.column("d").orElseThrow()).isEmpty());
        assertTrue(PG.preflight().predicate(PreflightRule.DATE_OUT_OF_RANGE, table.column("f8").orElseThrow()).isEmpty());
    }

    /** RulePredicates is the migration package's own; the test reaches it to compare against the real twin. */
    @SuppressWarnings("unchecked")
    private static Predicate<Object> javaTwin(PreflightRule rule, LogicalType declared) {
        try {
            Method of = Class.forName("dev.ferry.migration.RulePredicates")
                    .getDeclaredMethod("of", PreflightRule.class, LogicalType.class);
            of.setAccessible(true);
            return (Predicate<Object>) of.invoke(null, rule, declared);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
