package dev.ferry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies and helpers for tests that register connections. */
public final class ConnectionFixtures {

    private ConnectionFixtures() {
    }

    /** The default allowed SQLite directory of the running test application. */
    public static Path allowedSqliteDir() {
        return FerryTestResource.currentDataDir().resolve("sqlite").toAbsolutePath();
    }

    /** A connection body reaching a test database with the given Ferry engine id. */
    public static Map<String, Object> serverBody(String engine, TestDatabase database) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", uniqueName(engine));
        body.put("engine", engine);
        body.put("host", database.server().host());
        body.put("port", database.server().port());
        body.put("database", database.name());
        body.put("username", database.server().user());
        if (database.server().password() != null && !database.server().password().isEmpty()) {
            body.put("password", database.server().password());
        }
        return body;
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A local port nothing listens on (it was free a moment ago). */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
