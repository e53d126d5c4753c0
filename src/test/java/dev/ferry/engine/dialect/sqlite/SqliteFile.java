package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.Endpoint;
import dev.ferry.engine.Engine;
import dev.ferry.engine.SslMode;
import dev.ferry.engine.client.SessionSources;
import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.Dialects;
import dev.ferry.engine.session.DbSession;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.support.FerryTestResource;
import io.vertx.mutiny.core.Vertx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A SQLite database file of one test class, in a directory of its own that closing deletes. */
final class SqliteFile implements AutoCloseable {

    static final Dialect SQLITE = Dialects.of(Engine.SQLITE);

    private final Path directory;
    private final Path file;
    private final Vertx vertx = Vertx.vertx();
    private final SessionSource sessions;

    private SqliteFile(Path directory, Path file) {
        this.directory = directory;
        this.file = file;
        this.sessions = SessionSources.open(vertx, new Endpoint(Engine.SQLITE, null, 0, file.toString(), null, null,
                SslMode.DISABLE), 4, Duration.ofSeconds(10), Duration.ofMinutes(5));
    }

    /** A new, empty database. */
    static SqliteFile create() {
        try {
            Path directory = Files.createTempDirectory("ferry-sqlite-");
            return new SqliteFile(directory, directory.resolve("test.sqlite"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writable copy of an existing file (the shared datasets are read-only). */
    static SqliteFile copyOf(Path original) {
        try {
            Path directory = Files.createTempDirectory("ferry-sqlite-");
            Path file = directory.resolve("copy.sqlite");
            Files.copy(original, file);
            file.toFile().setWritable(true);
            return new SqliteFile(directory, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared datasets beside the repository. */
    static Path dataset(String relative) {
        return Path.of("").toAbsolutePath().getParent().resolve("shared/datasets").resolve(relative);
    }

    SessionSource sessions() {
        return sessions;
    }

    DbSession open() {
        return sessions.open();
    }

    /** Runs statements (fixtures) on one session. */
    void execute(String... statements) {
        try (DbSession session = open()) {
            for (String sql : statements) {
                session.update(sql);
            }
        }
    }

    List<Object[]> query(String sql, List<?> params) {
        try (DbSession session = open()) {
            return new ArrayList<>(session.query(sql, params));
        }
    }

    Object value(String sql) {
        try (DbSession session = open()) {
            return session.queryValue(sql, List.of());
        }
    }

    @Override
    public void close() throws Exception {
        sessions.close();
        vertx.closeAndAwait();
        FerryTestResource.deleteRecursively(directory);
    }
}
