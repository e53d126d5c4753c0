package dev.ferry.it;

import dev.ferry.support.Api;
import dev.ferry.support.ConnectionFixtures;
import dev.ferry.support.Datasets;
import dev.ferry.support.SseClient;
import dev.ferry.support.TestDatabase;
import dev.ferry.support.TestDatabases;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged application (the native executable under {@code -Dnative}): token auth, both
 * reactive clients and sqlite-jdbc against the real servers, and a migration job followed
 * through its server-sent events.
 */
@QuarkusIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagedApplicationIT {

    private TestDatabase postgres;
    private TestDatabase mariadb;
    private Path chinook;

    @BeforeAll
    void databases() throws Exception {
        postgres = TestDatabases.postgres().createDatabase("ferry_it");
        mariadb = TestDatabases.mariadb().createDatabase("ferry_it");
        Path dir = ConnectionFixtures.allowedSqliteDir();
        Files.createDirectories(dir);
        chinook = Datasets.chinookSqlite(dir);
    }

    @AfterAll
    void drop() {
        postgres.close();
        mariadb.close();
    }

    @Test
    void apiNeedsATokenAndAnswersProblems() {
        RestAssured.given().get("/api/v1/connections").then().statusCode(401).contentType("application/problem+json");
        String viewer = Api.tokenWithRole("viewer");
        Api.as(viewer).body(Map.of("name", "x", "engine", "sqlite")).post("/api/v1/connections").then().statusCode(403);
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void connectionsToEveryEngineTestOk() {
        for (var body : List.of(ConnectionFixtures.serverBody("postgresql", postgres),
                ConnectionFixtures.serverBody("mariadb", mariadb),
                ConnectionFixtures.serverBody("mysql", mariadb),
                Map.<String, Object>of("name", ConnectionFixtures.uniqueName("sqlite"), "url", "sqlite://" + chinook))) {
            String id = Api.asAdmin().body(body).post("/api/v1/connections").then().statusCode(201).extract().path("id");
            Api.asAdmin().post("/api/v1/connections/" + id + "/test").then().statusCode(200)
                    .body("ok", equalTo(true)).body("serverVersion", startsWith(""));
        }
    }

    @Test
    void migrationJobStreamsEventsToItsEnd() {
        String source = Api.asAdmin().body(Map.of("name", ConnectionFixtures.uniqueName("src"), "url", "sqlite://" + chinook))
                .post("/api/v1/connections").then().statusCode(201).extract().path("id");
        String target = Api.asAdmin().body(ConnectionFixtures.serverBody("postgresql", postgres))
                .post("/api/v1/connections").then().statusCode(201).extract().path("id");
        String location = Api.asAdmin().body(Map.of("sourceConnectionId", source, "targetConnectionId", target,
                        "tables", List.of("Genre", "MediaType", "Artist")))
                .post("/api/v1/migrations").then().statusCode(202).extract().header("Location");
        String path = location.substring(location.indexOf("/api/"));
        try (SseClient sse = SseClient.open(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path + "/events"),
                Api.ADMIN_TOKEN, null)) {
            assertEquals(200, sse.status());
            List<SseClient.Event> events = sse.readToEnd();
            assertEquals("end", events.get(events.size() - 1).name(), events.toString());
            assertTrue(events.stream().anyMatch(e -> e.data().contains("Verified: 305 rows")), events.toString());
        }
        Api.asAdmin().get(path).then().statusCode(200).body("status", equalTo("completed"))
                .body("result.rowsMigrated", equalTo(25 + 5 + 275));
        Api.asAdmin().get(path).then().body("result.source", containsString("sqlite"));
    }
}
