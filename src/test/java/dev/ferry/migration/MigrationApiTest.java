package dev.ferry.migration;

import dev.ferry.support.Api;
import dev.ferry.support.Await;
import dev.ferry.support.ConnectionFixtures;
import dev.ferry.support.Datasets;
import dev.ferry.support.TestDatabase;
import dev.ferry.support.TestDatabases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Migrations through the REST API: dry run, job with progress and report, refusal, type mappings. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationApiTest {

    private TestDatabase postgres;
    private String sqliteId;
    private String postgresId;

    /** Once, before the first test: the application (and RestAssured's port) is up only by then. */
    @BeforeEach
    void registerConnections() throws Exception {
        if (postgres != null) {
            return;
        }
        Path dir = ConnectionFixtures.allowedSqliteDir();
        Files.createDirectories(dir);
        Path chinook = Datasets.chinookSqlite(dir);
        sqliteId = Api.asAdmin().body(Map.of("name", ConnectionFixtures.uniqueName("chinook"), "url", "sqlite://" + chinook))
                .post("/api/v1/connections").then().statusCode(201).extract().path("id");
        postgres = TestDatabases.postgres().createDatabase("ferry_api_mig");
        postgresId = Api.asAdmin().body(ConnectionFixtures.serverBody("postgresql", postgres))
                .post("/api/v1/connections").then().statusCode(201).extract().path("id");
    }

    @AfterAll
    void dropDatabase() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void dryRunAnswersThePlanAndWritesNothing() {
        Api.asAdmin().body(Map.of("sourceConnectionId", sqliteId, "targetConnectionId", postgresId, "dryRun", true,
                        "tables", List.of("Artist", "Album")))
                .post("/api/v1/migrations").then()
                .statusCode(200)
                .body("tables", hasSize(2))
                .body("tables.name", hasItem("Album"))
                .body("tables[0].ddl[0]", containsString("CREATE TABLE"))
                .body("tables[0].columns.targetType", not(hasItem((String) null)))
                .body("problems", hasSize(0));
        Api.asAdmin().get("/api/v1/connections/" + postgresId + "/schema").then().statusCode(200)
                .body("tables", hasSize(0));
    }

    @Test
    void migrationJobCompletesWithAVerifiedPerTableReport() {
        String location = Api.asAdmin().body(Map.of("sourceConnectionId", sqliteId, "targetConnectionId", postgresId,
                        "tables", List.of("Genre", "MediaType"), "verify", "checksum"))
                .post("/api/v1/migrations").then()
                .statusCode(202)
                .header("Location", containsString("/api/v1/jobs/"))
                .body("type", equalTo("migration"))
                .extract().header("Location");
        ValidatableResponse done = awaitEnd(location);
        done.body("status", equalTo("completed"))
                .body("result.verified", equalTo(true))
                .body("result.rowsMigrated", equalTo(25 + 5))
                .body("result.tables.table", hasItem("Genre"))
                .body("result.tables[0].checks.name", hasItem("checksum"))
                .body("progress.rows", equalTo(30));

        // A second run into the now non-empty tables is refused before writing.
        String again = Api.asAdmin().body(Map.of("sourceConnectionId", sqliteId, "targetConnectionId", postgresId,
                        "tables", List.of("Genre")))
                .post("/api/v1/migrations").then().statusCode(202).extract().header("Location");
        awaitEnd(again).body("status", equalTo("failed"))
                .body("error.message", containsString("target table Genre already exists with 25 rows"));
    }

    @Test
    void invalidRequestsNameTheField() {
        Api.asAdmin().body(Map.of("targetConnectionId", postgresId)).post("/api/v1/migrations").then()
                .statusCode(400).body("errors.field", hasItem("sourceConnectionId"));
        Api.asAdmin().body(Map.of("sourceConnectionId", sqliteId, "targetConnectionId", sqliteId))
                .post("/api/v1/migrations").then()
                .statusCode(400).body("errors.field", hasItem("targetConnectionId"));
        Api.asAdmin().body(Map.of("sourceConnectionId", sqliteId, "targetConnectionId", postgresId, "dryRun", true,
                        "tables", List.of("NoSuchTable")))
                .post("/api/v1/migrations").then()
                .statusCode(400).body("errors.field", hasItem("tables")).body("detail", containsString("NoSuchTable"));
        Api.as(Api.tokenWithRole("viewer")).body(Map.of("sourceConnectionId", sqliteId, "targetConnectionId", postgresId))
                .post("/api/v1/migrations").then().statusCode(403);
    }

    @Test
    void typeMappingsListEverySourceTypeWithItsTarget() {
        Api.asAdmin().queryParam("from", "mysql").queryParam("to", "postgresql").get("/api/v1/type-mappings").then()
                .statusCode(200)
                .body("find { it.sourceType == 'bigint' && it.condition != null }.targetType", notNullValue())
                .body("targetType", hasItem("bytea"));
        Api.asAdmin().queryParam("from", "oracle").queryParam("to", "postgresql").get("/api/v1/type-mappings").then()
                .statusCode(400).body("errors.field", hasItem("from"));
    }

    private static ValidatableResponse awaitEnd(String location) {
        String path = location.substring(location.indexOf("/api/"));
        Await.until("job " + path + " to end", Duration.ofMinutes(2),
                () -> Api.asAdmin().get(path).then().extract().<String>path("status"),
                status -> List.of("completed", "failed", "cancelled").contains(status));
        return Api.asAdmin().get(path).then().statusCode(200);
    }
}
