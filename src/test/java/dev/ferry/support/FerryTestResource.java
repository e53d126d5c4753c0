package dev.ferry.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives every Quarkus test run its own data directory and, when the system property
 * {@code ferry.test.state=postgresql} is set (Maven profile {@code state-postgresql}), its own
 * PostgreSQL database as Ferry's state store.
 */
public class FerryTestResource implements QuarkusTestResourceLifecycleManager {

    /** The data directory of the application under test (also for integration tests, whose app runs apart). */
    private static volatile Path current;

    private Path dataDir;
    private TestDatabase stateDatabase;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        try {
            dataDir = Files.createTempDirectory("ferry-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.put("ferry.state.data-dir", dataDir.toString());
        // Integration tests run the packaged application in prod mode, which requires both.
        config.put("ferry.security.admin-token", Api.ADMIN_TOKEN);
        config.put("ferry.security.master-key", "5e".repeat(32));
        current = dataDir;
        if ("postgresql".equals(System.getProperty("ferry.test.state"))) {
            stateDatabase = TestDatabases.postgres().createDatabase("ferry_state");
            config.put("quarkus.datasource.pg.jdbc.url", stateDatabase.jdbcUrl());
            config.put("quarkus.datasource.pg.username", stateDatabase.server().user());
            config.put("quarkus.datasource.pg.password", stateDatabase.server().password());
        }
        return config;
    }

    @Override
    public void stop() {
        if (stateDatabase != null) {
            stateDatabase.close();
        }
        deleteRecursively(dataDir);
    }

    public static Path currentDataDir() {
        return current;
    }

    public static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
