package dev.ferry.connection;

import dev.ferry.state.StateStore;
import dev.ferry.support.Api;
import static dev.ferry.support.ConnectionFixtures.allowedSqliteDir;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ConnectionApiTest {

    private static final String CONNECTIONS = "/api/v1/connections";

    @Inject
    StateStore stateStore;

    @Test
    void createdConnectionIsReadableAndListedWithoutPassword() {
        String name = unique("orders");
        var created = create(Map.of("name", name, "engine", "postgresql", "host", "db.internal", "port", 6543,
                "database", "orders", "username", "app", "password", "s3cret-orders", "sslMode", "verify-full"))
                .statusCode(201)
                .body("name", equalTo(name))
                .body("engine", equalTo("postgresql"))
                .body("host", equalTo("db.internal"))
                .body("port", equalTo(6543))
                .body("database", equalTo("orders"))
                .body("username", equalTo("app"))
                .body("sslMode", equalTo("verify-full"))
                .body("passwordSet", equalTo(true))
                .body("organization", equalTo("default"))
                .body("$", not(hasKey("password")))
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith(CONNECTIONS + "/" + id));

        Api.asAdmin().get(CONNECTIONS + "/" + id).then().statusCode(200)
                .body("name", equalTo(name)).body("$", not(hasKey("password")));
        Api.asAdmin().get(CONNECTIONS).then().statusCode(200).body("name", hasItem(name));
    }

    @Test
    void urlIsParsedIntoFieldsWithDecodedCredentials() {
        String name = unique("from-url");
        create(Map.of("name", name, "url", "postgresql://ali%20ce:p%40ss:w%2Frd@db.example.com:6000/shop?sslmode=require"))
                .statusCode(201)
                .body("engine", equalTo("postgresql"))
                .body("host", equalTo("db.example.com"))
                .body("port", equalTo(6000))
                .body("database", equalTo("shop"))
                .body("username", equalTo("ali ce"))
                .body("sslMode", equalTo("require"))
                .body("passwordSet", equalTo(true));
    }

    @Test
    void urlWithoutPasswordOrPortTakesDefaults() {
        create(Map.of("name", unique("mysql-url"), "url", "mysql://root@127.0.0.1/app")).statusCode(201)
                .body("engine", equalTo("mysql")).body("port", equalTo(3306))
                .body("passwordSet", equalTo(false)).body("sslMode", equalTo("disable"));
        create(Map.of("name", unique("maria-url"), "url", "mariadb://root:pw@[::1]/app")).statusCode(201)
                .body("engine", equalTo("mariadb")).body("host", equalTo("::1")).body("port", equalTo(3306));
    }

    @Test
    void portDefaultsToTheEnginesPort() {
        create(server(unique("pg-default"), "postgresql")).statusCode(201).body("port", equalTo(5432));
        create(server(unique("maria-default"), "mariadb")).statusCode(201).body("port", equalTo(3306));
    }

    @Test
    void duplicateNameInOrganizationIsConflict() {
        String name = unique("twice");
        create(server(name, "postgresql")).statusCode(201);
        create(server(name, "mysql")).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(name));
    }

    @Test
    void missingEngineIsNamed() {
        create(Map.of("name", unique("no-engine"), "host", "h", "database", "d", "username", "u"))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("engine"));
    }

    @Test
    void missingNameAndServerFieldsAreAllNamed() {
        create(Map.of("engine", "postgresql")).statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("host"))
                .body("errors.field", hasItem("database"))
                .body("errors.field", hasItem("username"));
    }

    @Test
    void badUrlIsNamedWithoutEchoingIt() {
        create(Map.of("name", unique("bad-url"), "url", "ftp://user:hunter2@host/db")).statusCode(400)
                .body("errors.field", hasItem("url"))
                .body(not(containsString("hunter2")));
        create(Map.of("name", unique("bad-url"), "url", "postgresql://user:hunter2@host:99999/db")).statusCode(400)
                .body("errors.field", hasItem("url"))
                .body(not(containsString("hunter2")));
        create(Map.of("name", unique("bad-url"), "url", "not a url")).statusCode(400)
                .body("errors.field", hasItem("url"));
    }

    @Test
    void badPortIsNamed() {
        Map<String, Object> outOfRange = new HashMap<>(server(unique("port"), "postgresql"));
        outOfRange.put("port", 70000);
        create(outOfRange).statusCode(400).body("errors.field", hasItem("port"));
        Map<String, Object> notANumber = new HashMap<>(outOfRange);
        notANumber.put("port", "five");
        create(notANumber).statusCode(400).body("errors[0].field", equalTo("port"));
    }

    @Test
    void unknownEngineIsNamed() {
        Map<String, Object> body = new HashMap<>(server(unique("oracle"), "postgresql"));
        body.put("engine", "oracle");
        create(body).statusCode(400).body("errors[0].field", equalTo("engine"));
    }

    @Test
    void sqlitePathsOutsideTheAllowedDirectoriesAreRefused() throws IOException {
        Path allowed = allowedSqliteDir();
        for (String path : List.of("/etc/passwd", allowed + "/../escape.db", allowed + "/../../etc/passwd", "relative.db")) {
            create(Map.of("name", unique("escape"), "engine", "sqlite", "database", path)).statusCode(400)
                    .body("errors.field", hasItem("database"));
        }
        Path link = allowed.resolve("link-" + UUID.randomUUID());
        Files.createSymbolicLink(link, Path.of("/etc"));
        create(Map.of("name", unique("symlink"), "engine", "sqlite", "database", link + "/passwd")).statusCode(400)
                .body("errors.field", hasItem("database"));
        create(Map.of("name", unique("sqlite-url"), "url", "sqlite:///etc/passwd")).statusCode(400)
                .body("errors.field", hasItem("database"));
    }

    @Test
    void sqliteFileUnderAllowedDirectoryIsAccepted() {
        String path = allowedSqliteDir().resolve("sub/../app-" + UUID.randomUUID() + ".db").toString();
        create(Map.of("name", unique("sqlite"), "url", "sqlite://" + path)).statusCode(201)
                .body("engine", equalTo("sqlite"))
                .body("database", equalTo(Path.of(path).normalize().toString()))
                .body("host", nullValue()).body("port", nullValue()).body("passwordSet", equalTo(false));
    }

    @Test
    void sqliteRefusesServerFields() {
        create(Map.of("name", unique("sqlite-host"), "engine", "sqlite", "host", "db",
                "database", allowedSqliteDir().resolve("x.db").toString())).statusCode(400)
                .body("errors.field", hasItem("host"));
    }

    @Test
    void viewerReadsButCannotWrite() {
        String viewer = Api.tokenWithRole("viewer");
        String id = create(server(unique("viewed"), "postgresql")).statusCode(201).extract().path("id");
        Api.as(viewer).body(server(unique("by-viewer"), "postgresql")).post(CONNECTIONS).then().statusCode(403);
        Api.as(viewer).get(CONNECTIONS).then().statusCode(200);
        Api.as(viewer).get(CONNECTIONS + "/" + id).then().statusCode(200);
        Api.as(viewer).body(Map.of("name", "renamed")).put(CONNECTIONS + "/" + id).then().statusCode(403);
        Api.as(viewer).delete(CONNECTIONS + "/" + id).then().statusCode(403);
        Api.as(viewer).post(CONNECTIONS + "/" + id + "/test").then().statusCode(403);
    }

    @Test
    void operatorCanWrite() {
        String operator = Api.tokenWithRole("operator");
        Api.as(operator).body(server(unique("by-operator"), "postgresql")).post(CONNECTIONS).then().statusCode(201);
    }

    @Test
    void updateMergesFieldsAndKeepsPasswordUnlessGiven() {
        String id = create(Map.of("name", unique("to-update"), "engine", "postgresql", "host", "h1",
                "database", "d1", "username", "u1", "password", "first-password")).statusCode(201).extract().path("id");
        String renamed = unique("updated");
        Api.asAdmin().body(Map.of("name", renamed, "host", "h2")).put(CONNECTIONS + "/" + id).then().statusCode(200)
                .body("name", equalTo(renamed)).body("host", equalTo("h2")).body("database", equalTo("d1"))
                .body("passwordSet", equalTo(true));
        Api.asAdmin().body(Map.of("password", "")).put(CONNECTIONS + "/" + id).then().statusCode(200)
                .body("passwordSet", equalTo(false));
        // Moving to MySQL moves the default port along; a url replaces the endpoint.
        Api.asAdmin().body(Map.of("url", "mysql://root@maria:3307/shop")).put(CONNECTIONS + "/" + id).then()
                .statusCode(200).body("engine", equalTo("mysql")).body("port", equalTo(3307))
                .body("host", equalTo("maria")).body("name", equalTo(renamed));
        Api.asAdmin().body(Map.of("port", 0)).put(CONNECTIONS + "/" + id).then().statusCode(400)
                .body("errors.field", hasItem("port"));
    }

    @Test
    void updateToTakenNameIsConflict() {
        String taken = unique("taken");
        create(server(taken, "postgresql")).statusCode(201);
        String id = create(server(unique("other"), "postgresql")).statusCode(201).extract().path("id");
        Api.asAdmin().body(Map.of("name", taken)).put(CONNECTIONS + "/" + id).then().statusCode(409);
    }

    @Test
    void deleteAnswersNoContentThenNotFound() {
        String id = create(server(unique("doomed"), "postgresql")).statusCode(201).extract().path("id");
        Api.asAdmin().delete(CONNECTIONS + "/" + id).then().statusCode(204);
        Api.asAdmin().get(CONNECTIONS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        Api.asAdmin().delete(CONNECTIONS + "/" + id).then().statusCode(404);
        Api.asAdmin().delete(CONNECTIONS + "/" + UUID.randomUUID()).then().statusCode(404);
        Api.asAdmin().get(CONNECTIONS + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void connectionsOfAnotherOrganizationAreInvisible() {
        String id = create(server(unique("ours"), "postgresql")).statusCode(201).extract().path("id");
        String outsider = Api.asAdmin().body(Map.of("name", unique("outsider"), "roles", List.of("admin"),
                "organization", "elsewhere")).post("/api/v1/tokens").then().statusCode(201).extract().path("token");
        Api.as(outsider).get(CONNECTIONS + "/" + id).then().statusCode(404);
        Api.as(outsider).body(Map.of("name", "stolen")).put(CONNECTIONS + "/" + id).then().statusCode(404);
        Api.as(outsider).delete(CONNECTIONS + "/" + id).then().statusCode(404);
        Api.as(outsider).post(CONNECTIONS + "/" + id + "/test").then().statusCode(404);
        Api.as(outsider).get(CONNECTIONS).then().statusCode(200).body("id", not(hasItem(id)));
        Api.asAdmin().get(CONNECTIONS + "/" + id).then().statusCode(200);
    }

    @Test
    void passwordNeverAppearsInAnyResponse() {
        String password = "never-shown-" + UUID.randomUUID();
        List<String> bodies = new ArrayList<>();
        var created = create(Map.of("name", unique("secretive"), "engine", "mariadb", "host", "127.0.0.1",
                "port", 1, "database", "d", "username", "u", "password", password)).statusCode(201).extract();
        bodies.add(created.asString());
        String id = created.path("id");
        bodies.add(Api.asAdmin().get(CONNECTIONS + "/" + id).then().statusCode(200).extract().asString());
        bodies.add(Api.asAdmin().get(CONNECTIONS).then().statusCode(200).extract().asString());
        bodies.add(Api.asAdmin().body(Map.of("host", "h2", "password", password + "-2")).put(CONNECTIONS + "/" + id)
                .then().statusCode(200).extract().asString());
        bodies.add(Api.asAdmin().body(Map.of("port", -1, "password", password)).put(CONNECTIONS + "/" + id)
                .then().statusCode(400).extract().asString());
        bodies.add(Api.asAdmin().post(CONNECTIONS + "/" + id + "/test").then().statusCode(200).extract().asString());
        for (String body : bodies) {
            assertFalse(body.contains(password), () -> "password leaked in " + body);
        }
    }

    @Test
    void storedPasswordIsEncryptedAtRest() throws Exception {
        String password = "Plaintext-Canary-" + UUID.randomUUID();
        String id = create(Map.of("name", unique("encrypted"), "engine", "postgresql", "host", "h", "database", "d",
                "username", "u", "password", password)).statusCode(201).extract().path("id");

        String stored = storedSecret(id);
        assertTrue(stored.startsWith("v1:"), "stored password should be SecretCipher ciphertext");
        assertFalse(stored.contains(password));
        if (stateStore.kind() == StateStore.Kind.SQLITE) {
            Path dataDir = Path.of(ConfigProvider.getConfig().getValue("ferry.state.data-dir", String.class));
            Path db = dataDir.resolve("ferry.db");
            assertTrue(Files.size(db) > 0);
            for (Path file : List.of(db, dataDir.resolve("ferry.db-wal"), dataDir.resolve("ferry.db-journal"))) {
                if (Files.exists(file)) {
                    String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    assertFalse(bytes.contains(password), "plaintext password found in " + file.getFileName());
                    assertFalse(bytes.contains(new String(password.getBytes(StandardCharsets.UTF_16LE),
                            StandardCharsets.ISO_8859_1)), "UTF-16 password found in " + file.getFileName());
                }
            }
        }
    }

    @Test
    void openApiDescribesConnectionsWithWriteOnlyPassword() {
        io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/connections/{id}/test"))
                .body("paths", hasKey("/api/v1/connections/{id}/schema"))
                .body("components.schemas.ConnectionRequest.properties.password.writeOnly", equalTo(true))
                .body("components.schemas.Connection.properties", not(hasKey("password")));
    }

    private String storedSecret(String id) throws SQLException {
        try (Connection c = stateStore.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT password_secret FROM db_connection WHERE id = '" + id + "'")) {
            assertTrue(rs.next());
            String secret = rs.getString(1);
            assertFalse(rs.next());
            return secret;
        }
    }

    private static ValidatableResponse create(Map<String, ?> body) {
        return Api.asAdmin().body(body).post(CONNECTIONS).then();
    }

    private static Map<String, Object> server(String name, String engine) {
        return Map.of("name", name, "engine", engine, "host", "127.0.0.1", "database", "app", "username", "app");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
