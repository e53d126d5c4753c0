package dev.ferry.migration;

import dev.ferry.engine.Endpoint;
import dev.ferry.engine.Engine;
import dev.ferry.engine.SslMode;
import dev.ferry.engine.client.SessionSources;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.support.Datasets;
import dev.ferry.support.FerryTestResource;
import dev.ferry.support.TestDatabase;
import dev.ferry.support.TestDatabases;
import io.vertx.mutiny.core.Vertx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/** One end of a migration in a test: a fresh database of an engine, optionally loaded first. */
final class Side implements AutoCloseable {

    private final Endpoint endpoint;
    private final AutoCloseable cleanup;

    private Side(Endpoint endpoint, AutoCloseable cleanup) {
        this.endpoint = endpoint;
        this.cleanup = cleanup;
    }

    /** An empty database of the engine; {@code load} fills a server database (null: leave empty). */
    static Side create(Engine engine, Consumer<TestDatabase> load) {
        return switch (engine) {
            case POSTGRESQL -> server(TestDatabases.postgres().createDatabase("ferry_mig"), engine, load);
            case MYSQL, MARIADB -> server(TestDatabases.mariadb().createDatabase("ferry_mig"), engine, load);
            case SQLITE -> sqlite(null);
        };
    }

    /** A SQLite side on a copy of a file, or a new empty file when {@code file} is null. */
    static Side sqlite(Path file) {
        try {
            Path dir = Files.createTempDirectory("ferry-mig-");
            Path db = file == null ? dir.resolve("empty.sqlite") : Files.copy(file, dir.resolve("copy.sqlite"));
            return new Side(new Endpoint(Engine.SQLITE, null, 0, db.toString(), null, null, SslMode.DISABLE),
                    () -> FerryTestResource.deleteRecursively(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Side chinook(Engine engine) {
        if (engine == Engine.SQLITE) {
            return sqlite(Datasets.root().resolve("chinook/Chinook_Sqlite.sqlite"));
        }
        return create(engine, Datasets::loadChinook);
    }

    /** The torture tables of {@code src/test/resources/torture/<engine>.sql} (MySQL uses the MariaDB script). */
    static Side torture(Engine engine) {
        return switch (engine) {
            case POSTGRESQL -> create(engine, db -> Datasets.loadResource(db, "torture/postgresql.sql"));
            case MYSQL, MARIADB -> create(engine, db -> Datasets.loadResource(db, "torture/mariadb.sql"));
            case SQLITE -> {
                Side side = sqlite(null);
                Datasets.loadResource(Path.of(side.endpoint().database()), "torture/sqlite.sql");
                yield side;
            }
        };
    }

    private static Side server(TestDatabase db, Engine engine, Consumer<TestDatabase> load) {
        if (load != null) {
            load.accept(db);
        }
        return new Side(db.endpoint(engine), db);
    }

    Endpoint endpoint() {
        return endpoint;
    }

    SessionSource sessions(Vertx vertx) {
        return SessionSources.open(vertx, endpoint, 6, Duration.ofSeconds(10), Duration.ofMinutes(10));
    }

    @Override
    public void close() throws Exception {
        cleanup.close();
    }
}
