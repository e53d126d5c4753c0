package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.dialect.PreflightRule;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import static dev.ferry.engine.dialect.sqlite.SqliteFile.SQLITE;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preflight predicates find exactly the offending rows: for AFFINITY_MISMATCH, exactly the
 * values the decoder cannot read as the column's logical type, over a grid of awkward values
 * stored into columns of every declared type.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlitePreflightTest {

    /** Declared types and the Java class their decoder produces for a readable value. */
    private static final Map<String, Class<?>> COLUMNS = Map.ofEntries(
            entry("BOOLEAN", Boolean.class), entry("TINYINT", Long.class), entry("TINYINT UNSIGNED", Long.class),
            entry("INT", Long.class), entry("INTEGER UNSIGNED", Long.class), entry("BIGINT", Long.class),
            entry("YEAR", Long.class), entry("BIT(8)", Long.class), entry("NUMERIC(10,2)", BigDecimal.class),
            entry("DECIMAL_TEXT(20,0)", BigDecimal.class), entry("REAL", Double.class), entry("FLOAT4", Double.class),
            entry("DATE", LocalDate.class), entry("TIME", LocalTime.class), entry("DATETIME", LocalDateTime.class),
            entry("TIMESTAMPTZ", OffsetDateTime.class), entry("JSON", String.class), entry("JSON_TEXT", String.class),
            entry("UUID", String.class), entry("BLOB", byte[].class), entry("GEOMETRY", byte[].class), entry("MONEY", BigDecimal.class));

    /** SQL expressions stored into every column (each column's affinity converts them its own way). */
    private static final List<String> VALUES = List.of(
            "0", "1", "2", "-1", "127", "128", "255", "256", "300", "-129", "2147483648", "4294967296",
            "9223372036854775807", "-9223372036854775808", "9007199254740993",
            "0.5", "-2.75", "1.5e300", "9e999", "-9e999",
            "'abc'", "''", "' '", "'12abc'", "'1.50'", "'-0.5'", "'.5'", "'5.'", "'1e5'", "'--1'", "'-'", "'1.2.3'",
            "'12345678901234567890.123'", "'99999999999999999999'",
            "'2024-02-29'", "'2023-02-29'", "'2024-02-30'", "'2024-13-01'", "'2024-00-10'", "'2024-01-00'", "'0000-01-01'",
            "'999-01-01'", "'0300-03-01'", "'1900-02-29'", "'2000-02-29'", "'2024-04-31'", "'2024-12-31'", "'2024-1-01'", "'2024-01-01 10:00'", "'2024-01-01T10:00:00'", "'2024-01-01 10:00:00.123'",
            "'2024-01-01 10:00:00.123456789'", "'2024-01-01 10:00:00.1234567890'", "'2024-01-01 24:00:00'",
            "'2024-01-01 23:60:00'", "'2024-01-01 23:59:60'", "'2024-01-01T10:00Z'", "'2024-01-01T10:00:00+05:30'",
            "'2024-01-01T10:00:00+18:00'", "'2024-01-01T10:00:00+18:01'", "'2024-01-01T10:00:00-18:00'",
            "'2024-01-01T10:00:00+05:60'", "'2024-01-01T10:00+19:00'", "'2024-01-01T10:00-09:59'",
            "'2024-01-01 19:59:59'", "'2024-01-01 30:00:00'", "'2024-20-01'", "'2024-01-40'", "'09:59:59.5'", "'30:00'", "'2024-01-01 10:00:00 '", "' 2024-01-01'", "'2024-01-01z'", "'2024-01-01Z'",
            "'2024-01-01' || char(0)", "'2024-01-01 10:00:00' || char(0) || 'x'", "'１２'",
            "'10:00'", "'10:00:00.5'", "'25:00'", "'23:59:59.999999'", "'10:00:00Z'",
            "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'", "'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'",
            "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1z'", "'{\"a\": 1}'", "'[1, 2'",
            "x''", "x'00'", "x'ff'", "x'000102030405060708090a0b0c0d0e0f'", "CAST('2024-01-01' AS BLOB)", "NULL");

    private SqliteFile file;
    private Table table;

    @BeforeAll
    void storeEveryValueInEveryColumn() {
        file = SqliteFile.create();
        List<String> names = new ArrayList<>(new TreeSet<>(COLUMNS.keySet()));
        StringBuilder ddl = new StringBuilder("CREATE TABLE grid (id INTEGER PRIMARY KEY");
        names.forEach(n -> ddl.append(", ").append(Identifiers.quote("c " + n)).append(' ').append(n));
        List<String> statements = new ArrayList<>(List.of(ddl.append(")").toString()));
        for (int i = 0; i < VALUES.size(); i++) {
            String value = VALUES.get(i);
            statements.add("INSERT INTO grid VALUES (" + i + ", " + String.join(", ", names.stream().map(n -> value).toList()) + ")");
        }
        file.execute(statements.toArray(String[]::new));
        try (DbSession session = file.open()) {
            table = SQLITE.schemaReader().read(session).table("grid").orElseThrow();
        }
    }

    @AfterAll
    void deleteFile() throws Exception {
        file.close();
    }

    @Test
    void affinityMismatchFlagsExactlyTheValuesTheDecoderCannotRead() {
        for (Column column : table.columns().subList(1, table.columns().size())) {
            Class<?> canonical = COLUMNS.get(column.name().substring(2));
            Set<Long> unreadable = new TreeSet<>();
            UnaryOperator<Object> decode = SQLITE.codec().decoder(column.type());
            for (Object[] row : file.query("SELECT id, " + Identifiers.quote(column.name()) + " FROM grid", List.of())) {
                if (row[1] != null && !decodes(decode, row[1], canonical)) {
                    unreadable.add((Long) row[0]);
                }
            }
            assertEquals(unreadable, flagged(PreflightRule.AFFINITY_MISMATCH, column),
                    column.name() + " (" + column.type().logical() + "): rows " + unreadable + " are unreadable");
        }
    }

    @Test
    void theGridReallyContainsUnreadableAndReadableValuesForEachType() {
        for (Column column : table.columns().subList(1, table.columns().size())) {
            Set<Long> flagged = flagged(PreflightRule.AFFINITY_MISMATCH, column);
            assertTrue(!flagged.isEmpty() && flagged.size() < VALUES.size() - 1, column.name() + ": " + flagged);
        }
    }

    @Test
    void textAndUndeclaredColumnsHaveNoAffinityPredicate() {
        assertEquals(Optional.empty(), SQLITE.preflight().predicate(PreflightRule.AFFINITY_MISMATCH,
                Column.of("t", SQLITE.types().target(dev.ferry.engine.model.ColumnType.of(LogicalType.TEXT, "text")).target(), true)));
        assertEquals(Optional.empty(), SQLITE.preflight().predicate(PreflightRule.ZERO_DATE, column("c DATE")));
        assertEquals(Optional.empty(), SQLITE.preflight().predicate(PreflightRule.UNSIGNED_OVERFLOW, column("c INTEGER UNSIGNED")));
    }

    @Test
    void nulCharactersAreFoundInTextWhereverTheyAre() {
        file.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, \"we\"\"ird\" TEXT, doc JSON)",
                "INSERT INTO notes VALUES (1, 'fine', '{}'), (7, 'nul' || char(0) || 'inside', '\"a\"'), (9, char(0), NULL),"
                        + " (11, x'410042', '[\"' || char(0) || '\"]'), (12, 42, 1.5)");
        Table notes = read("notes");
        assertEquals(Set.of(7L, 9L, 11L), flagged(notes, PreflightRule.NUL_CHARACTER, notes.columns().get(1)));
        assertEquals(Set.of(11L), flagged(notes, PreflightRule.NUL_CHARACTER, notes.columns().get(2)));
        UnaryOperator<Object> decode = SQLITE.codec().decoder(notes.columns().get(1).type());
        for (Object[] row : file.query("SELECT id, \"we\"\"ird\" FROM notes", List.of())) {
            boolean hasNul = decode.apply(row[1]) instanceof String s && s.indexOf('\u0000') >= 0;
            assertEquals(Set.of(7L, 9L, 11L).contains(row[0]), hasNul, "row " + row[0]);
        }
        try (DbSession session = file.open()) {
            String predicate = SQLITE.preflight().predicate(PreflightRule.NUL_CHARACTER, notes.columns().get(1)).orElseThrow();
            assertEquals(3L, session.queryValue(SQLITE.data().countWhere(notes, predicate), List.of()));
            assertEquals(7L, session.query(SQLITE.data().firstKeyWhere(notes, predicate)).get(0)[0]);
        }
    }

    @Test
    void infinitiesAreFoundInRealAndDecimalColumns() {
        file.execute("CREATE TABLE measures (id INTEGER PRIMARY KEY, r REAL, d NUMERIC(10,2))",
                "INSERT INTO measures VALUES (1, 1.5, 1.5), (2, 9e999, 2), (3, -9e999, -9e999), (4, 1.7976931348623157e308, NULL)");
        Table measures = read("measures");
        assertEquals(Set.of(2L, 3L), flagged(measures, PreflightRule.NAN_OR_INFINITY, measures.columns().get(1)));
        assertEquals(Set.of(3L), flagged(measures, PreflightRule.NAN_OR_INFINITY, measures.columns().get(2)));
        assertEquals(Double.POSITIVE_INFINITY, SQLITE.codec().decoder(measures.columns().get(1).type())
                .apply(file.query("SELECT r FROM measures WHERE id = 2", List.of()).get(0)[0]));
    }

    @Test
    void everyCandidateDayOfCenturyAndLeapYearsIsJudgedAsTheDecoderJudgesIt() {
        file.execute("CREATE TABLE calendar (id INTEGER PRIMARY KEY, d DATE, ts DATETIME)");
        List<String> inserts = new ArrayList<>();
        long id = 0;
        for (String year : List.of("0000", "0100", "0300", "1582", "1900", "2000", "2023", "2024", "2100", "9999")) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String date = String.format("%s-%02d-%02d", year, month, day);
                    inserts.add("(" + id++ + ", '" + date + "', '" + date + " 12:00:00')");
                }
            }
        }
        file.execute("INSERT INTO calendar VALUES " + String.join(", ", inserts));
        Table calendar = read("calendar");
        for (Column column : calendar.columns().subList(1, 3)) {
            Set<Long> unreadable = new TreeSet<>();
            UnaryOperator<Object> decode = SQLITE.codec().decoder(column.type());
            for (Object[] row : file.query("SELECT id, " + column.name() + " FROM calendar", List.of())) {
                if (decodeOrNull(decode, row[1]) == null) {
                    unreadable.add((Long) row[0]);
                }
            }
            assertEquals(unreadable, flagged(calendar, PreflightRule.AFFINITY_MISMATCH, column), column.name());
            assertTrue(unreadable.size() > id / 10 && unreadable.size() < id / 2, unreadable.size() + " of " + id);
        }
    }

    @Test
    void datesBeforeTheYear1000AreFoundAsTheDecoderReadsThem() {
        file.execute("CREATE TABLE history (id INTEGER PRIMARY KEY, d DATE, ts DATETIME, tz TIMESTAMPTZ)",
                "INSERT INTO history VALUES (1, '1000-01-01', '1000-01-01 00:00:00', '1000-01-01 00:00:00')",
                "INSERT INTO history VALUES (2, '0999-12-31', '0999-12-31T23:30:00-01:00', '0999-12-31T23:30:00-01:00')",
                "INSERT INTO history VALUES (3, '0000-01-01', '1000-01-01T00:30:00+01:00', '1000-01-01T00:30:00+01:00')",
                "INSERT INTO history VALUES (4, 'not a date', '9999-12-31T23:30:00-01:00', NULL)");
        Table history = read("history");
        for (Column column : history.columns().subList(1, 4)) {
            Set<Long> outside = new TreeSet<>();
            UnaryOperator<Object> decode = SQLITE.codec().decoder(column.type());
            for (Object[] row : file.query("SELECT id, " + column.name() + " FROM history", List.of())) {
                Object value = row[1] == null ? null : decodeOrNull(decode, row[1]);
                int year = value instanceof LocalDate d ? d.getYear() : value instanceof LocalDateTime t ? t.getYear()
                        : value instanceof OffsetDateTime o ? o.getYear() : 1000;
                if (year < 1000 || year > 9999) {
                    outside.add((Long) row[0]);
                }
            }
            assertEquals(outside, flagged(history, PreflightRule.DATE_OUT_OF_RANGE, column), column.name());
        }
        assertEquals(Set.of(2L, 3L), flagged(history, PreflightRule.DATE_OUT_OF_RANGE, history.columns().get(1)));
        assertEquals(Set.of(3L, 4L), flagged(history, PreflightRule.DATE_OUT_OF_RANGE, history.columns().get(2)));
        assertEquals(Set.of(2L), flagged(history, PreflightRule.DATE_OUT_OF_RANGE, history.columns().get(3)));
    }

    private static boolean decodes(UnaryOperator<Object> decode, Object value, Class<?> canonical) {
        try {
            return canonical.isInstance(decode.apply(value));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Object decodeOrNull(UnaryOperator<Object> decode, Object value) {
        try {
            return decode.apply(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Set<Long> flagged(PreflightRule rule, Column column) {
        return flagged(table, rule, column);
    }

    private Set<Long> flagged(Table in, PreflightRule rule, Column column) {
        String predicate = SQLITE.preflight().predicate(rule, column).orElseThrow(() -> new AssertionError(rule + " " + column));
        Set<Long> ids = new TreeSet<>();
        file.query("SELECT id FROM " + Identifiers.quote(in.name()) + " WHERE " + predicate, List.of())
                .forEach(r -> ids.add((Long) r[0]));
        return ids;
    }

    private Table read(String name) {
        try (DbSession session = file.open()) {
            return SQLITE.schemaReader().read(session).table(name).orElseThrow();
        }
    }

    private static Column column(String definition) {
        String[] parts = definition.split(" ", 2);
        return Column.of(parts[0], new SqliteTypes().read(parts[1], List.of()), true);
    }
}
