package dev.ferry.connection;

import dev.ferry.support.Api;
import dev.ferry.support.ConnectionFixtures;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What every engine's connections must do: test (version, or a clear reason quickly) and list
 * the schema. One subclass per engine creates a database of its own and drops it afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConnectionContractTest {

    static final String CONNECTIONS = "/api/v1/connections";
    /** Well inside ferry.connections.test-timeout (10 s): an unreachable server must not use it up. */
    private static final Duration QUICK = Duration.ofSeconds(5);

    /** Portable DDL: the same statements run on every engine. */
    private static final List<String> FIXTURE = List.of(
            "CREATE TABLE ferry_authors (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, born INTEGER)",
            "CREATE TABLE ferry_books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL, title VARCHAR(200) NOT NULL,"
                    + " price DECIMAL(8,2))",
            "INSERT INTO ferry_authors (id, name, born) VALUES (1, 'Ada', 1815), (2, 'Alan', 1912), (3, 'Grace', 1906)",
            "INSERT INTO ferry_books (id, author_id, title, price) VALUES (1, 1, 'Notes', 10.00), (2, 2, 'Computing', 12.50)");

    private Map<String, Object> reachable;

    /** Creates the database this class tests against and answers a connection body that reaches it. */
    protected abstract Map<String, Object> createDatabase();

    /** Runs statements in the database created by {@link #createDatabase()}. */
    protected abstract void execute(List<String> statements);

    protected abstract void dropDatabase();

    /** Statements that refresh the engine's row estimates after the fixture was loaded. */
    protected abstract List<String> refreshStatistics();

    /** A word the server version of this engine contains. */
    protected abstract String versionMarker();

    /** The schema the fixture tables are listed in; null where the engine has no schemas. */
    protected abstract String fixtureSchema();

    /** The reachable body with credentials the server refuses; null when the engine has no login. */
    protected abstract Map<String, Object> withRejectedCredentials(Map<String, Object> reachable);

    /** The reachable body pointed at something that is not there: a closed port, a missing file. */
    protected abstract Map<String, Object> unreachable(Map<String, Object> reachable);

    /** The reason an {@link #unreachable} connection is reported with. */
    protected abstract String unreachableReason();

    /** The reachable body naming a database that does not exist. */
    protected abstract Map<String, Object> withUnknownDatabase(Map<String, Object> reachable);

    @BeforeAll
    void createFixture() {
        reachable = createDatabase();
        execute(FIXTURE);
        execute(refreshStatistics());
    }

    @AfterAll
    void dropFixture() {
        dropDatabase();
    }

    @Test
    void testReportsServerVersionAndLatency() {
        String id = register(reachable);
        Api.asAdmin().post(CONNECTIONS + "/" + id + "/test").then()
                .statusCode(200)
                .body("ok", equalTo(true))
                .body("serverVersion", containsString(versionMarker()))
                .body("latencyMs", greaterThanOrEqualTo(0))
                .body("error", nullValue());
    }

    @Test
    void rejectedCredentialsAreReportedAsAuthenticationFailure() {
        Map<String, Object> rejected = withRejectedCredentials(reachable);
        assumeTrue(rejected != null, "this engine has no login");
        String id = register(rejected);
        Api.asAdmin().post(CONNECTIONS + "/" + id + "/test").then()
                .statusCode(200)
                .body("ok", equalTo(false))
                .body("reason", equalTo("authentication"))
                .body("error", containsStringIgnoringCase("authentication"))
                .body("serverVersion", nullValue());
    }

    @Test
    void unreachableDatabaseFailsQuicklyWithReason() {
        String id = register(unreachable(reachable));
        long start = System.nanoTime();
        Api.asAdmin().post(CONNECTIONS + "/" + id + "/test").then()
                .statusCode(200)
                .body("ok", equalTo(false))
                .body("reason", equalTo(unreachableReason()))
                .body("error", not(nullValue()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(QUICK) < 0, "test took " + took);
    }

    @Test
    void serverThatNeverAnswersTimesOutInsteadOfHanging() throws IOException {
        assumeTrue(reachable.containsKey("host"), "this engine has no server");
        // The kernel completes the TCP handshake for the backlog, but nobody ever speaks.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String id = register(with(reachable, "host", "127.0.0.1", "port", silent.getLocalPort()));
            long start = System.nanoTime();
            Api.asAdmin().post(CONNECTIONS + "/" + id + "/test").then()
                    .statusCode(200)
                    .body("ok", equalTo(false))
                    .body("reason", equalTo("timeout"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(testTimeout().plusSeconds(2)) < 0, "test took " + took);
            Api.asAdmin().get(CONNECTIONS + "/" + id + "/schema").then()
                    .statusCode(504)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void unknownDatabaseIsReportedAsSuch() {
        String id = register(withUnknownDatabase(reachable));
        Api.asAdmin().post(CONNECTIONS + "/" + id + "/test").then()
                .statusCode(200)
                .body("ok", equalTo(false))
                .body("reason", equalTo("unknown-database"));
    }

    @Test
    void schemaListsFixtureTablesWithColumnCountsAndRows() {
        String id = register(reachable);
        Api.asAdmin().get(CONNECTIONS + "/" + id + "/schema").then()
                .statusCode(200)
                .body("connectionId", equalTo(id))
                .body("tables.name", hasItems("ferry_authors", "ferry_books"))
                .body("tables.find { it.name == 'ferry_authors' }.columns", equalTo(3))
                .body("tables.find { it.name == 'ferry_books' }.columns", equalTo(4))
                .body("tables.find { it.name == 'ferry_authors' }.estimatedRows", equalTo(3))
                .body("tables.find { it.name == 'ferry_books' }.schema", equalTo(fixtureSchema()));
    }

    @Test
    void schemaOfUnreachableDatabaseIsAProblemNotAHang() {
        String id = register(unreachable(reachable));
        Api.asAdmin().get(CONNECTIONS + "/" + id + "/schema").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString(id));
    }

    @Test
    void correctingCredentialsRebuildsTheClient() {
        Map<String, Object> rejected = withRejectedCredentials(reachable);
        assumeTrue(rejected != null, "this engine has no login");
        String id = register(rejected);
        Api.asAdmin().get(CONNECTIONS + "/" + id + "/schema").then().statusCode(503);
        Map<String, Object> fix = new HashMap<>();
        fix.put("username", reachable.get("username"));
        fix.put("password", reachable.getOrDefault("password", ""));
        Api.asAdmin().body(fix).put(CONNECTIONS + "/" + id).then().statusCode(200);
        Api.asAdmin().get(CONNECTIONS + "/" + id + "/schema").then().statusCode(200)
                .body("tables.name", hasItems("ferry_authors"));
    }

    @Test
    void certificateVerificationFailureIsReportedAsTls() {
        assumeTrue(reachable.containsKey("host"), "this engine does not use TLS");
        Map<String, Object> body = new HashMap<>(reachable);
        // No local test server presents a certificate the JDK trusts for 127.0.0.1, if it offers TLS at all.
        body.put("sslMode", "verify-full");
        String id = register(body);
        Api.asAdmin().post(CONNECTIONS + "/" + id + "/test").then()
                .statusCode(200)
                .body("ok", equalTo(false))
                .body("reason", equalTo("tls"));
    }

    private static Duration testTimeout() {
        return ConfigProvider.getConfig().getValue("ferry.connections.test-timeout", Duration.class);
    }

    /** Registers a connection under a fresh name and answers its id. */
    protected static String register(Map<String, Object> body) {
        return Api.asAdmin().body(with(body)).post(CONNECTIONS).then().statusCode(201).extract().path("id");
    }

    /** A copy of a body with some fields replaced and a fresh name. */
    protected static Map<String, Object> with(Map<String, Object> body, Object... keyValues) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("name", ConnectionFixtures.uniqueName(String.valueOf(body.get("engine"))));
        for (int i = 0; i < keyValues.length; i += 2) {
            copy.put((String) keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }
}
