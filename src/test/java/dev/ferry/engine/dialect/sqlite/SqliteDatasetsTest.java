package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.dialect.PreflightRule;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.model.DefaultValue;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.Index;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.SchemaObject;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static dev.ferry.engine.dialect.sqlite.SqliteFile.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared real-world datasets: Chinook (a SQLite file with data) and the Sakila SQLite schema. */
class SqliteDatasetsTest {

    @Test
    void chinookReadsWithItsTablesKeysForeignKeysAndEveryValueDecodable() throws Exception {
        try (SqliteFile chinook = SqliteFile.copyOf(SqliteFile.dataset("chinook/Chinook_Sqlite.sqlite"));
             DbSession session = chinook.open()) {
            DatabaseSchema schema = SQLITE.schemaReader().read(session);
            assertEquals(List.of("Album", "Artist", "Customer", "Employee", "Genre", "Invoice", "InvoiceLine", "MediaType",
                    "Playlist", "PlaylistTrack", "Track"), schema.tables().stream().map(Table::name).toList());
            assertEquals(15_607, schema.tables().stream().mapToLong(Table::estimatedRows).sum());
            Table track = schema.table("Track").orElseThrow();
            assertEquals(List.of("TrackId"), track.primaryKey());
            Column trackId = track.column("TrackId").orElseThrow();
            assertEquals(Column.Generation.AUTO_INCREMENT, trackId.generation(), "INTEGER primary key: the rowid");
            assertEquals(LogicalType.INT64, trackId.type().logical());
            assertEquals(LogicalType.VARCHAR, track.column("Name").orElseThrow().type().logical());
            assertEquals(200, track.column("Name").orElseThrow().type().length());
            Column price = track.column("UnitPrice").orElseThrow();
            assertEquals(List.of(LogicalType.DECIMAL, 10, 2), List.of(price.type().logical(), price.type().precision(), price.type().scale()));
            assertEquals(LogicalType.TIMESTAMP, schema.table("Invoice").orElseThrow().column("InvoiceDate").orElseThrow().type().logical());
            assertEquals(List.of("PlaylistId", "TrackId"), schema.table("PlaylistTrack").orElseThrow().primaryKey());
            assertEquals(List.of("fk_Track_AlbumId:Album", "fk_Track_GenreId:Genre", "fk_Track_MediaTypeId:MediaType"),
                    track.foreignKeys().stream().map(f -> f.name() + ":" + f.referencedTable()).toList());
            assertEquals(List.of(new ForeignKey("fk_Employee_ReportsTo", List.of("ReportsTo"), "Employee", List.of("EmployeeId"),
                    "NO ACTION", "NO ACTION")), schema.table("Employee").orElseThrow().foreignKeys());
            assertEquals(11, schema.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum());
            assertEquals(List.of(new Index("IFK_TrackAlbumId", List.of("AlbumId"), false),
                    new Index("IFK_TrackGenreId", List.of("GenreId"), false),
                    new Index("IFK_TrackMediaTypeId", List.of("MediaTypeId"), false)), track.indexes());
            assertTrue(schema.otherObjects().isEmpty());
            for (Table table : schema.tables()) {
                assertEverythingDecodes(session, table);
            }
            Object[] firstInvoice = session.query(SQLITE.data().selectPage(schema.table("Invoice").orElseThrow(), 1, false)).get(0);
            assertEquals(LocalDateTime.of(2021, 1, 1, 0, 0), decoder(schema, "Invoice", "InvoiceDate").apply(firstInvoice[2]));
            assertEquals(new BigDecimal("1.98"), decoder(schema, "Invoice", "Total").apply(firstInvoice[8]));
        }
    }

    @Test
    void sakilaSchemaReadsWithItsKeysCyclesActionsViewsAndTriggers() throws Exception {
        try (SqliteFile sakila = SqliteFile.create()) {
            sakila.execute(SqliteScripts.file(SqliteFile.dataset("sakila/sqlite-sakila-schema.sql")).toArray(String[]::new));
            DatabaseSchema schema;
            try (DbSession session = sakila.open()) {
                schema = SQLITE.schemaReader().read(session);
            }
            assertEquals(List.of("actor", "address", "category", "city", "country", "customer", "film", "film_actor",
                    "film_category", "film_text", "inventory", "language", "payment", "rental", "staff", "store"),
                    schema.tables().stream().map(Table::name).toList());
            assertEquals(List.of("actor_id", "film_id"), table(schema, "film_actor").primaryKey());
            assertEquals(List.of("film_id", "category_id"), table(schema, "film_category").primaryKey());
            assertEquals(Column.Generation.AUTO_INCREMENT, table(schema, "actor").column("actor_id").orElseThrow().generation());
            assertEquals(Column.Generation.NONE, table(schema, "film_actor").column("actor_id").orElseThrow().generation());
            assertEquals(new ForeignKey("fk_city_country", List.of("country_id"), "country", List.of("country_id"),
                    "NO ACTION", "CASCADE"), table(schema, "city").foreignKeys().get(0));
            assertEquals(List.of(new ForeignKey("fk_payment_rental", List.of("rental_id"), "rental", List.of("rental_id"),
                            "SET NULL", "CASCADE"),
                    new ForeignKey("fk_payment_customer", List.of("customer_id"), "customer", List.of("customer_id"),
                            "NO ACTION", "NO ACTION"),
                    new ForeignKey("fk_payment_staff", List.of("staff_id"), "staff", List.of("staff_id"), "NO ACTION", "NO ACTION")),
                    table(schema, "payment").foreignKeys());
            assertTrue(references(schema, "store", "staff") && references(schema, "staff", "store"), "store ↔ staff cycle");
            assertTrue(table(schema, "rental").indexes().contains(
                    new Index("idx_rental_uq", List.of("rental_date", "inventory_id", "customer_id"), true)));
            assertEquals(List.of(LogicalType.DECIMAL, 4, 2), List.of(type(schema, "film", "rental_rate").logical(),
                    type(schema, "film", "rental_rate").precision(), type(schema, "film", "rental_rate").scale()));
            assertEquals(LogicalType.TEXT, type(schema, "film", "description").logical(), "BLOB SUB_TYPE TEXT has TEXT affinity");
            assertEquals(LogicalType.BLOB, type(schema, "staff", "picture").logical());
            assertEquals(new DefaultValue(DefaultValue.Kind.LITERAL_STRING, "Y"),
                    table(schema, "customer").column("active").orElseThrow().defaultValue());
            assertEquals(new DefaultValue(DefaultValue.Kind.LITERAL_NUMBER, "4.99"),
                    table(schema, "film").column("rental_rate").orElseThrow().defaultValue());
            assertEquals(List.of("customer_list", "film_list", "sales_by_film_category", "sales_by_store", "staff_list"),
                    names(schema, SchemaObject.Kind.VIEW));
            assertEquals(30, names(schema, SchemaObject.Kind.TRIGGER).size(), "the CREATE TRIGGER statements of the script");
            assertTrue(names(schema, SchemaObject.Kind.TRIGGER).contains("actor_trigger_ai"));
            assertEquals(0, schema.tables().stream().mapToLong(Table::estimatedRows).sum(), "schema only");
        }
    }

    private static void assertEverythingDecodes(DbSession session, Table table) {
        List<UnaryOperator<Object>> decoders = table.columns().stream().map(c -> SQLITE.codec().decoder(c.type())).toList();
        for (Object[] row : session.query(SQLITE.data().selectAll(table))) {
            for (int i = 0; i < row.length; i++) {
                decoders.get(i).apply(row[i]);
            }
        }
        for (Column column : table.columns()) {
            for (PreflightRule rule : PreflightRule.values()) {
                Optional<String> predicate = SQLITE.preflight().predicate(rule, column);
                if (predicate.isPresent()) {
                    assertEquals(0L, session.queryValue(SQLITE.data().countWhere(table, predicate.get()), List.of()),
                            table.name() + "." + column.name() + " " + rule);
                }
            }
        }
    }

    private static UnaryOperator<Object> decoder(DatabaseSchema schema, String table, String column) {
        return SQLITE.codec().decoder(schema.table(table).orElseThrow().column(column).orElseThrow().type());
    }

    private static boolean references(DatabaseSchema schema, String from, String to) {
        return table(schema, from).foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(to));
    }

    private static List<String> names(DatabaseSchema schema, SchemaObject.Kind kind) {
        return schema.otherObjects().stream().filter(o -> o.kind() == kind).map(SchemaObject::name).sorted().toList();
    }

    private static Table table(DatabaseSchema schema, String name) {
        return schema.table(name).orElseThrow();
    }

    private static dev.ferry.engine.model.ColumnType type(DatabaseSchema schema, String table, String column) {
        return table(schema, table).column(column).orElseThrow().type();
    }
}
