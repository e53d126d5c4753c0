package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Endpoint;
import dev.ferry.engine.Engine;
import dev.ferry.engine.SslMode;
import dev.ferry.engine.client.SessionSources;
import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.Dialects;
import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.support.TestDatabase;
import dev.ferry.support.TestDatabases;
import io.vertx.mutiny.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A database of its own on the MariaDB test server per test class, reached through the dialect
 * of the engine the subclass names ({@code mysql} speaks the MySQL protocol to MariaDB).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MySqlFamilyTestSupport {

    private final List<AutoCloseable> closeables = new ArrayList<>();
    protected TestDatabase database;
    protected SessionSource sessions;
    private Vertx vertx;

    /** mysql or mariadb. */
    protected abstract Engine engine();

    @BeforeAll
    void openDatabase() {
        vertx = Vertx.vertx();
        database = createDatabase();
        sessions = sessions(database);
    }

    @AfterAll
    void closeDatabase() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
        vertx.closeAndAwait();
    }

    /** Another database, dropped after the class. */
    protected TestDatabase createDatabase() {
        TestDatabase created = TestDatabases.mariadb().createDatabase("ferry_" + engine().id());
        closeables.add(created);
        return created;
    }

    /** Sessions to a database through this engine's client; closed after the class. */
    protected SessionSource sessions(TestDatabase target) {
        var server = target.server();
        Endpoint endpoint = new Endpoint(engine(), server.host(), server.port(), target.name(), server.user(),
                server.password() == null || server.password().isEmpty() ? null : server.password(), SslMode.DISABLE);
        SessionSource source = SessionSources.open(vertx, endpoint, 4, Duration.ofSeconds(10), Duration.ofMinutes(5));
        closeables.add(source);
        return source;
    }

    protected Dialect dialect() {
        return Dialects.of(engine());
    }

    protected <T> T inSession(Function<DbSession, T> work) {
        return inSession(sessions, work);
    }

    protected static <T> T inSession(SessionSource source, Function<DbSession, T> work) {
        try (DbSession session = source.open()) {
            return work.apply(session);
        }
    }

    protected DatabaseSchema readSchema() {
        return inSession(session -> dialect().schemaReader().read(session));
    }

    protected Table table(DatabaseSchema schema, String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + schema.tables()));
    }
}
