package dev.ferry.cli;

import dev.ferry.connection.ConnectionUrl;
import dev.ferry.engine.Endpoint;
import dev.ferry.engine.Engine;
import dev.ferry.engine.SslMode;
import dev.ferry.engine.client.SessionSources;
import dev.ferry.engine.session.SessionSource;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Turns the URLs a user typed into session sources. The CLI runs as the local user, so SQLite
 * paths are not confined to Ferry's allowed directories; a missing target file is created.
 */
@ApplicationScoped
public class CliSessions {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration STATEMENT_TIMEOUT = Duration.ofHours(12);
    private static final int POOL_SIZE = 8;

    private final Vertx vertx;

    public CliSessions(Vertx vertx) {
        this.vertx = vertx;
    }

    SessionSource open(String option, String url, boolean isTarget) {
        ConnectionUrl parsed;
        try {
            parsed = ConnectionUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " " + e.getMessage(), e);
        }
        Engine engine = parsed.engine();
        if (engine == Engine.SQLITE) {
            prepareSqliteFile(option, Path.of(parsed.database()), isTarget);
        } else if (parsed.host() == null || parsed.database() == null) {
            throw new IllegalArgumentException(option + " must name a host and a database");
        }
        Endpoint endpoint = new Endpoint(engine, parsed.host(),
                parsed.port() != null ? parsed.port() : engine.defaultPort().orElse(0), parsed.database(),
                parsed.username(), parsed.password(), parsed.sslMode() == null ? SslMode.DISABLE : parsed.sslMode());
        return SessionSources.open(vertx, endpoint, POOL_SIZE, CONNECT_TIMEOUT, STATEMENT_TIMEOUT);
    }

    private static void prepareSqliteFile(String option, Path file, boolean isTarget) {
        if (Files.exists(file)) {
            return;
        }
        if (!isTarget) {
            throw new IllegalArgumentException(option + " names a SQLite file that does not exist: " + file);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + file, e);
        }
    }
}
