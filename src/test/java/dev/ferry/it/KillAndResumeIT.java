package dev.ferry.it;

import dev.ferry.support.Await;
import dev.ferry.support.ConnectionFixtures;
import dev.ferry.support.FerryTestResource;
import dev.ferry.support.TestDatabase;
import dev.ferry.support.TestDatabases;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The server process is killed with SIGKILL in the middle of a migration, started again on the
 * same data directory, and the job resumed: the target ends with exactly the source rows.
 */
class KillAndResumeIT {

    private static final String TOKEN = "kill-resume-admin-token";
    private static final int ROWS = 300_000;

    @Test
    void killedMigrationResumesToExactlyTheSourceRows() throws Exception {
        Path dataDir = Files.createTempDirectory("ferry-kill-");
        try (TestDatabase source = TestDatabases.postgres().createDatabase("ferry_kill_src");
             TestDatabase target = TestDatabases.mariadb().createDatabase("ferry_kill_dst")) {
            source.execute("CREATE TABLE big (id bigint PRIMARY KEY, label text NOT NULL, amount numeric(12,2))",
                    "INSERT INTO big SELECT g, 'row ' || g, g / 100.0 FROM generate_series(1, " + ROWS + ") g");
            int port = ConnectionFixtures.closedPort();
            Process first = start(dataDir, port);
            String job;
            try {
                String sourceId = api(port).body(ConnectionFixtures.serverBody("postgresql", source))
                        .post("/api/v1/connections").then().statusCode(201).extract().path("id");
                String targetId = api(port).body(ConnectionFixtures.serverBody("mariadb", target))
                        .post("/api/v1/connections").then().statusCode(201).extract().path("id");
                String location = api(port).body(Map.of("sourceConnectionId", sourceId, "targetConnectionId", targetId,
                        "batchSize", 2000)).post("/api/v1/migrations").then().statusCode(202).extract().header("Location");
                job = location.substring(location.indexOf("/api/"));
                Await.until("rows copied before the kill", Duration.ofMinutes(2),
                        () -> api(port).get(job).then().extract().<Integer>path("progress.rows"),
                        rows -> rows != null && rows > 20_000);
            } finally {
                first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            Process second = start(dataDir, port);
            try {
                api(port).get(job).then().body("status", equalTo("failed"))
                        .body("error.message", containsString("nterrupted"));
                api(port).post(job + "/resume").then().statusCode(202);
                Await.until("the resumed job to end", Duration.ofMinutes(5),
                        () -> api(port).get(job).then().extract().<String>path("status"),
                        status -> !status.equals("pending") && !status.equals("running"));
                api(port).get(job).then().body("status", equalTo("completed")).body("result.verified", equalTo(true));
                try (var c = target.connect(); var s = c.createStatement();
                     var rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT id), SUM(id) FROM big")) {
                    rs.next();
                    assertEquals(ROWS, rs.getLong(1));
                    assertEquals(ROWS, rs.getLong(2));
                    assertEquals((long) ROWS * (ROWS + 1) / 2, rs.getLong(3));
                }
            } finally {
                second.destroy();
                second.waitFor(30, TimeUnit.SECONDS);
            }
            movesStateToPostgres(dataDir, port, job);
        } finally {
            FerryTestResource.deleteRecursively(dataDir);
        }
    }

    /** {@code state-migrate} carries the jobs, connections and tokens over; a server on PostgreSQL sees them. */
    private static void movesStateToPostgres(Path dataDir, int port, String job) throws Exception {
        try (TestDatabase state = TestDatabases.postgres().createDatabase("ferry_kill_state")) {
            var result = CommandLineIT.run(dataDir, Map.of("FERRY_DATA_DIR", dataDir.toString()),
                    "state-migrate", "--target", state.ferryUrl());
            assertEquals(0, result.exit(), result.output());
            Process onPostgres = start(dataDir, port, Map.of("FERRY_STATE_URL", state.jdbcUrl(),
                    "FERRY_STATE_USERNAME", state.server().user(), "FERRY_STATE_PASSWORD", state.server().password()));
            try {
                RestAssured.given().baseUri("http://127.0.0.1").port(port).get("/q/health/ready").then()
                        .body("checks[0].data.kind", equalTo("POSTGRESQL"));
                api(port).get(job).then().statusCode(200).body("status", equalTo("completed"));
            } finally {
                onPostgres.destroy();
                onPostgres.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static RequestSpecification api(int port) {
        return RestAssured.given().baseUri("http://127.0.0.1").port(port)
                .header("Authorization", "Bearer " + TOKEN).contentType(ContentType.JSON);
    }

    private static Process start(Path dataDir, int port) throws Exception {
        return start(dataDir, port, Map.of());
    }

    private static Process start(Path dataDir, int port, Map<String, String> extraEnv) throws Exception {
        List<String> command = new ArrayList<>(CommandLineIT.launcher());
        ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.toFile())
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("ferry.log").toFile());
        builder.environment().putAll(Map.of("FERRY_DATA_DIR", dataDir.toString(), "FERRY_HTTP_PORT", String.valueOf(port),
                "FERRY_ADMIN_TOKEN", TOKEN, "FERRY_MASTER_KEY", "0f".repeat(32)));
        builder.environment().putAll(extraEnv);
        Process process = builder.start();
        Await.until("Ferry to answer on port " + port, Duration.ofSeconds(60), () -> {
            try {
                return RestAssured.given().baseUri("http://127.0.0.1").port(port).get("/q/health/ready").statusCode();
            } catch (Exception e) {
                // Not listening yet (RestAssured rethrows the ConnectException unchecked).
                if (!process.isAlive()) {
                    throw new AssertionError("Ferry exited: " + read(dataDir.resolve("ferry.log").toFile()));
                }
                return 0;
            }
        }, status -> status == 200);
        return process;
    }

    private static String read(File file) {
        try {
            return Files.readString(file.toPath());
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
