package dev.ferry.engine.dialect.mysql;

import dev.ferry.copy.TableReport;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.SchemaObject;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.migration.MigrationOutcome;
import dev.ferry.migration.MigrationPlan;
import dev.ferry.migration.MigrationRunner;
import dev.ferry.migration.MigrationSettings;
import dev.ferry.support.MemoryCopyListener;
import dev.ferry.support.MySqlScripts;
import dev.ferry.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared sample databases loaded with the mysql client: read into the expected model, every
 * row readable through the dialect, and migrated to a second database of the same engine with
 * checksum verification.
 */
abstract class SampleDatabasesContractTest extends MySqlFamilyTestSupport {

    private static final List<String> SAKILA_TABLES = List.of("actor", "address", "category", "city", "country",
            "customer", "film", "film_actor", "film_category", "film_text", "inventory", "language", "payment", "rental",
            "staff", "store");

    private TestDatabase chinook;
    private TestDatabase sakila;
    private SessionSource chinookSessions;
    private SessionSource sakilaSessions;

    @BeforeAll
    void loadSampleDatabases() {
        chinook = createDatabase();
        MySqlScripts.loadChinook(chinook);
        chinookSessions = sessions(chinook);
        sakila = createDatabase();
        MySqlScripts.loadSakila(sakila);
        sakilaSessions = sessions(sakila);
    }

    @Test
    void chinookReadsWithItsKeysAndForeignKeys() {
        DatabaseSchema schema = read(chinookSessions);
        assertEquals(List.of("Album", "Artist", "Customer", "Employee", "Genre", "Invoice", "InvoiceLine", "MediaType",
                "Playlist", "PlaylistTrack", "Track"), schema.tables().stream().map(Table::name).toList());
        assertEquals(List.of("PlaylistId", "TrackId"), table(schema, "PlaylistTrack").primaryKey());
        assertEquals(11, schema.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum());
        assertEquals(new ForeignKey("FK_EmployeeReportsTo", List.of("ReportsTo"), "Employee", List.of("EmployeeId"),
                "NO ACTION", "NO ACTION"), table(schema, "Employee").foreignKeys().get(0));
        Column total = table(schema, "Invoice").column("Total").orElseThrow();
        assertEquals(LogicalType.DECIMAL, total.type().logical());
        assertEquals(List.of(10, 2), List.of(total.type().precision(), total.type().scale()));
        assertEquals(LogicalType.TIMESTAMP, table(schema, "Invoice").column("InvoiceDate").orElseThrow().type().logical());
        assertEquals(15_607, readEveryRow(chinookSessions, schema));
    }

    @Test
    void sakilaReadsWithEnumSetYearBlobGeometryAndItsObjects() {
        DatabaseSchema schema = read(sakilaSessions);
        assertEquals(SAKILA_TABLES, schema.tables().stream().map(Table::name).toList());
        Table film = table(schema, "film");
        assertEquals(List.of("G", "PG", "PG-13", "R", "NC-17"), film.column("rating").orElseThrow().type().members());
        assertEquals(LogicalType.SET, film.column("special_features").orElseThrow().type().logical());
        assertEquals(LogicalType.YEAR, film.column("release_year").orElseThrow().type().logical());
        assertEquals(LogicalType.BLOB, table(schema, "staff").column("picture").orElseThrow().type().logical());
        assertEquals(LogicalType.GEOMETRY, table(schema, "address").column("location").orElseThrow().type().logical());
        assertEquals(LogicalType.BOOLEAN, table(schema, "customer").column("active").orElseThrow().type().logical());
        Column lastUpdate = table(schema, "actor").column("last_update").orElseThrow();
        assertEquals(LogicalType.TIMESTAMPTZ, lastUpdate.type().logical());
        assertEquals("ON UPDATE CURRENT_TIMESTAMP", lastUpdate.generationExpression());
        assertEquals(List.of("rental_date", "inventory_id", "customer_id"), table(schema, "rental").indexes().stream()
                .filter(i -> i.unique()).findFirst().orElseThrow().columns());
        assertEquals(7, count(schema, SchemaObject.Kind.VIEW));
        assertEquals(6, count(schema, SchemaObject.Kind.TRIGGER));
        assertEquals(6, count(schema, SchemaObject.Kind.ROUTINE));
        assertTrue(schema.otherObjects().stream().anyMatch(o -> o.name().equals("film_text.idx_title_description")
                && o.definition().startsWith("FULLTEXT")));
        assertTrue(schema.otherObjects().stream().anyMatch(o -> o.name().equals("address.idx_location")
                && o.definition().startsWith("SPATIAL")));
        assertEquals(47_273, readEveryRow(sakilaSessions, schema));
    }

    @Test
    void sakilaGeometryAndPicturesReadAsBytes() {
        Table address = table(read(sakilaSessions), "address");
        Column location = address.column("location").orElseThrow();
        Object[] first = inSession(sakilaSessions, s -> s.query(dialect().data().selectPage(address, 1, false))).get(0);
        Object wkb = dialect().codec().decoder(location.type()).apply(first[address.columns().indexOf(location)]);
        assertInstanceOf(byte[].class, wkb);
        assertArrayEquals(new byte[] {1, 1, 0, 0, 0}, Arrays.copyOf((byte[]) wkb, 5), "WKB of a point, SRID stripped");
    }

    @Test
    void sakilaMigratesToAnotherDatabaseWithEqualChecksumsAndKeysAboveTheMaximum() {
        TestDatabase copy = createDatabase();
        SessionSource target = sessions(copy);
        MigrationSettings settings = new MigrationSettings(List.of(), MigrationSettings.Include.BOTH, 500, 2, false,
                MigrationSettings.Verify.CHECKSUM, Map.of());
        MigrationOutcome outcome = new MigrationRunner().run(sakilaSessions, target, settings, new MemoryCopyListener(), false);
        assertTrue(outcome.verified(), outcome.failedChecks());
        assertEquals(47_273, outcome.rowsMigrated());
        for (TableReport report : outcome.tables()) {
            assertEquals(report.rowsRead(), report.rowsVerified(), report.table());
        }
        List<MigrationPlan.ObjectNote> notMigrated = outcome.objects().stream().filter(o -> !o.migrated()).toList();
        assertEquals(7 + 6 + 6, notMigrated.stream().filter(o -> List.of("view", "trigger", "routine").contains(o.kind()))
                .count());
        copy.execute("INSERT INTO actor (first_name, last_name) VALUES ('NEW', 'ACTOR')");
        long newId = inSession(target, s -> ((Number) s.queryValue("SELECT MAX(actor_id) FROM actor", List.of())).longValue());
        assertEquals(201, newId);
        DatabaseSchema copied = read(target);
        DatabaseSchema original = read(sakilaSessions);
        for (Table table : original.tables()) {
            Table there = table(copied, table.name());
            assertEquals(table.columns(), there.columns(), table.name());
            assertEquals(table.primaryKey(), there.primaryKey(), table.name());
            assertEquals(table.foreignKeys(), there.foreignKeys(), table.name());
        }
    }

    @Test
    void chinookMigratesToAnotherDatabaseWithEqualChecksums() {
        TestDatabase copy = createDatabase();
        SessionSource target = sessions(copy);
        MigrationSettings settings = new MigrationSettings(List.of(), MigrationSettings.Include.BOTH, 333, 2, false,
                MigrationSettings.Verify.CHECKSUM, Map.of());
        MigrationOutcome outcome = new MigrationRunner().run(chinookSessions, target, settings, new MemoryCopyListener(), false);
        assertTrue(outcome.verified(), outcome.failedChecks());
        assertEquals(15_607, outcome.rowsMigrated());
    }

    private DatabaseSchema read(SessionSource source) {
        return inSession(source, s -> dialect().schemaReader().read(s));
    }

    /** Reads every row of every table page by page and decodes each value; answers the row count. */
    private long readEveryRow(SessionSource source, DatabaseSchema schema) {
        long total = 0;
        for (Table table : schema.tables()) {
            List<UnaryOperator<Object>> decoders = table.columns().stream()
                    .map(c -> dialect().codec().decoder(c.type())).toList();
            int[] keys = table.primaryKey().stream()
                    .mapToInt(k -> table.columns().indexOf(table.column(k).orElseThrow())).toArray();
            long rows = inSession(source, s -> {
                long n = 0;
                Object[] last = null;
                while (true) {
                    List<Object[]> page = last == null ? s.query(dialect().data().selectPage(table, 1000, false))
                            : s.query(dialect().data().selectPage(table, 1000, true), Arrays.asList(last));
                    for (Object[] row : page) {
                        for (int i = 0; i < row.length; i++) {
                            decoders.get(i).apply(row[i]);
                        }
                    }
                    n += page.size();
                    if (page.size() < 1000) {
                        return n;
                    }
                    Object[] lastRow = page.get(page.size() - 1);
                    last = Arrays.stream(keys).mapToObj(k -> lastRow[k]).toArray();
                }
            });
            long counted = inSession(source, s -> ((Number) s.queryValue(dialect().data().count(table), List.of())).longValue());
            assertEquals(counted, rows, table.name());
            total += rows;
        }
        return total;
    }

    private static long count(DatabaseSchema schema, SchemaObject.Kind kind) {
        return schema.otherObjects().stream().filter(o -> o.kind() == kind).count();
    }

}
