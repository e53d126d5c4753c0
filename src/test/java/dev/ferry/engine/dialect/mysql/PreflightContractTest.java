package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.dialect.PreflightRule;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each preflight predicate finds exactly the rows whose values the migration would otherwise
 * change: compared with the same test applied in Java to the values as read and decoded.
 */
abstract class PreflightContractTest extends MySqlFamilyTestSupport {

    @BeforeAll
    void createOffendingRows() {
        database.execute(
                "CREATE TABLE dates (id INT NOT NULL PRIMARY KEY, d DATE, dt DATETIME(3), ts TIMESTAMP NULL)",
                "SET SESSION sql_mode = ''",
                "INSERT INTO dates VALUES (1, '2020-01-02', '2020-01-02 03:04:05', '2020-01-02 03:04:05'),"
                        + " (2, '0000-00-00', '0000-00-00 00:00:00', '0000-00-00 00:00:00'),"
                        + " (3, '2020-00-15', '2020-00-15 10:00:00.5', NULL), (4, '2020-05-00', '2020-05-00 00:00:00', NULL),"
                        + " (5, NULL, NULL, NULL), (6, '0000-01-01', '0000-01-01 00:00:00', '1970-01-01 00:00:01')",
                "CREATE TABLE unsigned_values (id INT NOT NULL PRIMARY KEY, bu BIGINT UNSIGNED, iu INT UNSIGNED, b BIGINT)",
                "INSERT INTO unsigned_values VALUES (1, 0, 0, 0), (2, 9223372036854775807, 4294967295, 1),"
                        + " (3, 9223372036854775808, 1, 2), (4, 18446744073709551615, 2, 3), (5, NULL, NULL, NULL)",
                "CREATE TABLE nul_texts (id INT NOT NULL PRIMARY KEY, v VARCHAR(20) COLLATE utf8mb4_unicode_ci,"
                        + " t TEXT CHARACTER SET latin1, w VARCHAR(20) CHARACTER SET utf16, j JSON) DEFAULT CHARSET=utf8mb4",
                "INSERT INTO nul_texts VALUES (1, _utf8mb4 X'610062', 'plain', 'x', '{\"k\": \"\\\\u0000\"}'),"
                        + " (2, 'plain', _utf8mb4 X'006C656164', _utf8mb4 X'7700', '{}'), (3, '', '', '', NULL),"
                        + " (4, NULL, NULL, NULL, NULL), (5, 'ünïcödé', 'x', 'ünïcödé', '[]')");
    }

    @Test
    void zeroDatesAreExactlyTheValuesReadAsNull() {
        Table dates = table(readSchema(), "dates");
        for (String column : List.of("d", "dt", "ts")) {
            assertPredicateMatchesJava(dates, column, PreflightRule.ZERO_DATE, (raw, decoded) -> raw != null && decoded == null);
        }
        assertEquals(List.of(2, 3, 4), offending(dates, "d", PreflightRule.ZERO_DATE));
        assertEquals(List.of(2), offending(dates, "ts", PreflightRule.ZERO_DATE));
    }

    @Test
    void unsignedOverflowIsExactlyTheValuesAboveLongMax() {
        Table values = table(readSchema(), "unsigned_values");
        BiPredicate<Object, Object> aboveLong = (raw, decoded) -> decoded instanceof BigInteger b && b.bitLength() > 63;
        assertPredicateMatchesJava(values, "bu", PreflightRule.UNSIGNED_OVERFLOW, aboveLong);
        assertPredicateMatchesJava(values, "iu", PreflightRule.UNSIGNED_OVERFLOW, aboveLong);
        assertEquals(List.of(3, 4), offending(values, "bu", PreflightRule.UNSIGNED_OVERFLOW));
        assertEquals(Optional.empty(), predicate(values, "b", PreflightRule.UNSIGNED_OVERFLOW));
    }

    @Test
    void nulCharactersAreFoundWhateverTheCollationOrCharacterSet() {
        Table texts = table(readSchema(), "nul_texts");
        BiPredicate<Object, Object> hasNul = (raw, decoded) -> decoded instanceof String s && s.indexOf('\u0000') >= 0;
        for (String column : List.of("v", "t", "w", "j")) {
            assertPredicateMatchesJava(texts, column, PreflightRule.NUL_CHARACTER, hasNul);
        }
        assertEquals(List.of(1), offending(texts, "v", PreflightRule.NUL_CHARACTER));
        assertEquals(List.of(2), offending(texts, "w", PreflightRule.NUL_CHARACTER));
    }

    @Test
    void rulesOtherEnginesRaiseHaveNoPredicateHere() {
        Table dates = table(readSchema(), "dates");
        for (Column column : dates.columns()) {
            for (PreflightRule rule : List.of(PreflightRule.NAN_OR_INFINITY, PreflightRule.DATE_OUT_OF_RANGE,
                    PreflightRule.AFFINITY_MISMATCH)) {
                assertEquals(Optional.empty(), dialect().preflight().predicate(rule, column), rule + " " + column.name());
            }
        }
        assertEquals(Optional.empty(), predicate(dates, "id", PreflightRule.ZERO_DATE));
    }

    /** Same rows from the SQL predicate as from the Java test on each row's raw and decoded value. */
    private void assertPredicateMatchesJava(Table table, String column, PreflightRule rule, BiPredicate<Object, Object> java) {
        List<Integer> bySql = offending(table, column, rule);
        int index = table.columns().indexOf(table.column(column).orElseThrow());
        UnaryOperator<Object> decoder = dialect().codec().decoder(table.columns().get(index).type());
        List<Integer> byJava = new ArrayList<>();
        for (Object[] row : inSession(s -> s.query(dialect().data().selectAll(table)))) {
            if (java.test(row[index], decoder.apply(row[index]))) {
                byJava.add(((Number) row[0]).intValue());
            }
        }
        assertEquals(byJava, bySql, table.name() + "." + column + " " + rule);
        long count = inSession(s -> ((Number) s.queryValue(dialect().data().countWhere(table, predicate(table, column, rule)
                .orElseThrow()), List.of())).longValue());
        assertEquals(bySql.size(), count);
        if (!bySql.isEmpty()) {
            List<Object[]> first = inSession(s -> s.query(dialect().data().firstKeyWhere(table, predicate(table, column, rule)
                    .orElseThrow())));
            assertEquals(bySql.get(0), ((Number) first.get(0)[0]).intValue(), "example key is the smallest");
        }
    }

    private List<Integer> offending(Table table, String column, PreflightRule rule) {
        String where = predicate(table, column, rule).orElseThrow(() -> new AssertionError("no predicate for " + column));
        List<Object[]> rows = inSession(s -> s.query("SELECT id FROM " + MySqlSql.quote(table.name()) + " WHERE " + where
                + " ORDER BY id"));
        List<Integer> ids = rows.stream().map(r -> ((Number) r[0]).intValue()).toList();
        assertTrue(ids.size() <= 5);
        return ids;
    }

    private Optional<String> predicate(Table table, String column, PreflightRule rule) {
        return dialect().preflight().predicate(rule, table.column(column).orElseThrow());
    }
}
