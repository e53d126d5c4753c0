package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.Index;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.SchemaObject;
import dev.ferry.engine.model.Table;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.ferry.engine.dialect.postgres.PgTestDatabase.PG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared PostgreSQL datasets, loaded with psql, read back with their tables, keys and foreign keys. */
class PostgresDatasetsTest {

    private static final Path DATASETS = locateDatasets();

    @Test
    void chinookReadsWithItsTablesKeysForeignKeysAndEveryRow() throws IOException {
        Path script = DATASETS.resolve("chinook/Chinook_PostgreSql.sql");
        try (PgTestDatabase db = new PgTestDatabase("ferry_pg_chinook")) {
            // The script creates and connects to a database named chinook: load the rest into ours.
            String text = Files.readString(script, StandardCharsets.UTF_8)
                    .replace("DROP DATABASE IF EXISTS chinook;", "")
                    .replace("CREATE DATABASE chinook;", "")
                    .replace("\\c chinook;", "");
            psql(db, text);
            DatabaseSchema schema = db.schema();

            assertEquals(List.of("album", "artist", "customer", "employee", "genre", "invoice", "invoice_line",
                    "media_type", "playlist", "playlist_track", "track"), schema.tables().stream().map(Table::name).toList());
            assertEquals(List.of("playlist_id", "track_id"), schema.table("playlist_track").orElseThrow().primaryKey());
            assertEquals(count(text, "FOREIGN KEY"), schema.tables().stream().mapToLong(t -> t.foreignKeys().size()).sum());
            assertEquals(new ForeignKey("employee_reports_to_fkey", List.of("reports_to"), "employee", List.of("employee_id"),
                    "NO ACTION", "NO ACTION"), schema.table("employee").orElseThrow().foreignKeys().get(0));
            assertEquals(count(text, "CREATE INDEX"), schema.tables().stream().mapToLong(t -> t.indexes().size()).sum());
            assertEquals(LogicalType.DECIMAL, type(schema, "invoice", "total"));
            assertEquals(LogicalType.TIMESTAMP, type(schema, "invoice", "invoice_date"));
            assertEquals(3503, readEveryRow(db, schema.table("track").orElseThrow()));
            assertEquals(8715, readEveryRow(db, schema.table("playlist_track").orElseThrow()));
            assertEquals(412, readEveryRow(db, schema.table("invoice").orElseThrow()));
        }
    }

    @Test
    void sakilaReadsWithItsTablesKeysForeignKeysObjectsAndEveryRow() throws IOException {
        String schemaScript = Files.readString(DATASETS.resolve("sakila/postgres-sakila-schema.sql"), StandardCharsets.UTF_8);
        try (PgTestDatabase db = new PgTestDatabase("ferry_pg_sakila")) {
            // The dump names its owner: ownership and grants are left out so any test role can load it.
            psql(db, schemaScript.replaceAll("(?m)^(ALTER [^\\n]* OWNER TO [^;\\n]+;|GRANT [^\\n]*;|REVOKE [^\\n]*;)$", ""));
            psql(db, Files.readString(DATASETS.resolve("sakila/postgres-sakila-data-copy.sql"), StandardCharsets.UTF_8));
            DatabaseSchema schema = db.schema();

            assertEquals(count(schemaScript, "Type: TABLE;"), schema.tables().size());
            assertEquals(count(schemaScript, "FOREIGN KEY"), schema.tables().stream().mapToLong(t -> t.foreignKeys().size()).sum());
            Table film = schema.table("film").orElseThrow();
            assertEquals(List.of("film_id"), film.primaryKey());
            assertEquals(Column.Generation.AUTO_INCREMENT, film.column("film_id").orElseThrow().generation());
            assertEquals(List.of("G", "PG", "PG-13", "R", "NC-17"), film.column("rating").orElseThrow().type().members());
            assertEquals(LogicalType.INT32, type(schema, "film", "release_year"), "domain year read as its base type");
            assertEquals(LogicalType.OTHER, type(schema, "film", "special_features"));
            assertEquals(LogicalType.OTHER, type(schema, "film", "fulltext"));
            assertEquals(LogicalType.BLOB, type(schema, "staff", "picture"));
            assertEquals(List.of("actor_id", "film_id"), schema.table("film_actor").orElseThrow().primaryKey());
            assertTrue(schema.table("rental").orElseThrow().indexes().contains(new Index(
                    "idx_unq_rental_rental_date_inventory_id_customer_id",
                    List.of("rental_date", "inventory_id", "customer_id"), true)));
            assertTrue(schema.table("store").orElseThrow().foreignKeys().contains(new ForeignKey("store_manager_staff_id_fkey",
                    List.of("manager_staff_id"), "staff", List.of("staff_id"), "RESTRICT", "CASCADE")));
            assertEquals(count(schemaScript, "Type: VIEW;"), objects(schema, SchemaObject.Kind.VIEW));
            assertEquals(count(schemaScript, "Type: TRIGGER;"), objects(schema, SchemaObject.Kind.TRIGGER));
            assertEquals(count(schemaScript, "Type: FUNCTION;") + count(schemaScript, "Type: AGGREGATE;"),
                    objects(schema, SchemaObject.Kind.ROUTINE));
            assertEquals(1, objects(schema, SchemaObject.Kind.ENUM_TYPE));
            assertEquals(1, objects(schema, SchemaObject.Kind.DOMAIN));
            assertTrue(schema.otherObjects().contains(new SchemaObject(SchemaObject.Kind.OTHER,
                    "inheritance payment_p2007_01 inherits payment", null)));

            // The payment rows were copied into the parent; its children hold none of their own.
            assertEquals(16049, readEveryRow(db, schema.table("payment").orElseThrow()));
            assertEquals(0, readEveryRow(db, schema.table("payment_p2007_01").orElseThrow()));
            assertEquals(1000, readEveryRow(db, film));
            assertEquals(16044, readEveryRow(db, schema.table("rental").orElseThrow()));
            assertEquals(2, readEveryRow(db, schema.table("staff").orElseThrow()));
            assertEquals(1000, film.estimatedRows());
        }
    }

    /** Reads a table in keyset pages and decodes every value; answers the rows read. */
    private static long readEveryRow(PgTestDatabase db, Table table) {
        List<UnaryOperator<Object>> decoders = table.columns().stream().map(c -> PG.codec().decoder(c.type())).toList();
        List<String> names = table.columns().stream().map(Column::name).toList();
        int[] keys = table.primaryKey().stream().mapToInt(names::indexOf).toArray();
        long rows = db.withSession(s -> {
            long n = 0;
            List<Object[]> page = s.query(table.hasPrimaryKey()
                    ? PG.data().selectPage(table, 500, false) : PG.data().selectAll(table));
            while (!page.isEmpty()) {
                for (Object[] row : page) {
                    for (int i = 0; i < row.length; i++) {
                        decoders.get(i).apply(row[i]);
                    }
                }
                n += page.size();
                if (!table.hasPrimaryKey()) {
                    break;
                }
                Object[] last = page.get(page.size() - 1);
                List<Object> key = new ArrayList<>();
                for (int k : keys) {
                    key.add(last[k]);
                }
                page = s.query(PG.data().selectPage(table, 500, true), key);
            }
            return n;
        });
        assertEquals(rows, ((Number) db.withSession(s -> s.queryValue(PG.data().count(table), List.of()))).longValue());
        return rows;
    }

    private static void psql(PgTestDatabase db, String script) throws IOException {
        Path file = Files.createTempFile("ferry-dataset", ".sql");
        try {
            Files.writeString(file, script, StandardCharsets.UTF_8);
            var server = db.database().server();
            ProcessBuilder builder = new ProcessBuilder("psql", "-h", server.host(), "-p", String.valueOf(server.port()),
                    "-U", server.user(), "-d", db.database().name(), "-v", "ON_ERROR_STOP=1", "-q", "-f", file.toString())
                    .redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", server.password() == null ? "" : server.password());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "psql did not finish");
            assertEquals(0, process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static long objects(DatabaseSchema schema, SchemaObject.Kind kind) {
        return schema.otherObjects().stream().filter(o -> o.kind() == kind).count();
    }

    private static LogicalType type(DatabaseSchema schema, String table, String column) {
        return schema.table(table).orElseThrow().column(column).orElseThrow().type().logical();
    }

    /** shared/ sits beside the project checkout (../shared); the worktree layout puts it at /work/shared. */
    private static Path locateDatasets() {
        for (Path candidate : List.of(Path.of("../shared/datasets"), Path.of("/work/shared/datasets"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new UncheckedIOException(new IOException("shared/datasets not found beside the project"));
    }
}
