package dev.ferry.connection;

import dev.ferry.support.Api;
import dev.ferry.support.ConnectionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@QuarkusTest
class SqliteConnectionTest extends ConnectionContractTest {

    /** The Chinook sample database from the shared datasets beside the repository, when present. */
    private static final Path CHINOOK = Path.of("").toAbsolutePath().getParent()
            .resolve("shared/datasets/chinook/Chinook_Sqlite.sqlite");

    private Path file;

    @Override
    protected Map<String, Object> createDatabase() {
        file = ConnectionFixtures.allowedSqliteDir().resolve("contract-" + UUID.randomUUID() + ".db");
        try {
            if (Files.isRegularFile(CHINOOK)) {
                Files.copy(CHINOOK, file);
                file.toFile().setWritable(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body(file);
    }

    @Override
    protected void execute(List<String> statements) {
        execute(file, statements);
    }

    @Override
    protected void dropDatabase() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Without ANALYZE statistics Ferry counts rows exactly. */
    @Override
    protected List<String> refreshStatistics() {
        return List.of();
    }

    @Override
    protected String versionMarker() {
        return "SQLite";
    }

    @Override
    protected String fixtureSchema() {
        return null;
    }

    @Override
    protected Map<String, Object> withRejectedCredentials(Map<String, Object> reachable) {
        return null;
    }

    @Override
    protected Map<String, Object> unreachable(Map<String, Object> reachable) {
        return with(reachable, "database", file.resolveSibling("missing-" + UUID.randomUUID() + ".db").toString());
    }

    @Override
    protected String unreachableReason() {
        return "unknown-database";
    }

    @Override
    protected Map<String, Object> withUnknownDatabase(Map<String, Object> reachable) {
        return unreachable(reachable);
    }

    @Test
    void chinookTablesAreListedWithExactCounts() {
        assumeTrue(Files.isRegularFile(CHINOOK), "Chinook sample not available at " + CHINOOK);
        String id = register(body(file));
        Api.asAdmin().get(CONNECTIONS + "/" + id + "/schema").then().statusCode(200)
                .body("tables.find { it.name == 'Album' }.columns", equalTo(3))
                .body("tables.find { it.name == 'Album' }.estimatedRows", equalTo(347))
                .body("tables.find { it.name == 'Track' }.columns", equalTo(9))
                .body("tables.find { it.name == 'Track' }.estimatedRows", equalTo(3503));
    }

    @Test
    void analyzeStatisticsAreUsedAsEstimatesWhenPresent() {
        Path analysed = ConnectionFixtures.allowedSqliteDir().resolve("analysed-" + UUID.randomUUID() + ".db");
        execute(analysed, List.of("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)",
                "INSERT INTO t (v) VALUES ('a'), ('b')", "ANALYZE", "INSERT INTO t (v) VALUES ('c')"));
        // The statistics still say 2 rows although 3 are there: the estimate comes from sqlite_stat1.
        String id = register(body(analysed));
        Api.asAdmin().get(CONNECTIONS + "/" + id + "/schema").then().statusCode(200)
                .body("tables.size()", equalTo(1))
                .body("tables[0].name", equalTo("t"))
                .body("tables[0].estimatedRows", equalTo(2));
    }

    @Test
    void fileThatIsNoDatabaseIsReportedAsSuch() throws IOException {
        Path text = ConnectionFixtures.allowedSqliteDir().resolve("not-a-db-" + UUID.randomUUID() + ".db");
        Files.writeString(text, "this is plain text, long enough to fill what SQLite reads as a header ".repeat(10));
        String id = register(body(text));
        Api.asAdmin().post(CONNECTIONS + "/" + id + "/test").then().statusCode(200)
                .body("ok", equalTo(false))
                .body("reason", equalTo("not-a-database"));
    }

    private static Map<String, Object> body(Path path) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", ConnectionFixtures.uniqueName("sqlite"));
        body.put("engine", "sqlite");
        body.put("database", path.toString());
        return body;
    }

    private static void execute(Path path, List<String> statements) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Fixture failed on " + path, e);
        }
    }
}
