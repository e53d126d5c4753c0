package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.Endpoint;
import dev.ferry.engine.Engine;
import dev.ferry.engine.SslMode;
import dev.ferry.engine.client.SessionSources;
import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.Dialects;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.support.TestDatabase;
import dev.ferry.support.TestDatabases;
import dev.ferry.support.TestServer;
import io.vertx.mutiny.core.Vertx;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** A fresh PostgreSQL database for one test class, with Ferry sessions on it; close drops it. */
final class PgTestDatabase implements AutoCloseable {

    static final Dialect PG = Dialects.of(Engine.POSTGRESQL);

    private final TestDatabase database;
    private final Vertx vertx;
    private final SessionSource sessions;

    PgTestDatabase(String prefix) {
        database = TestDatabases.postgres().createDatabase(prefix);
        TestServer server = database.server();
        vertx = Vertx.vertx();
        Endpoint endpoint = new Endpoint(Engine.POSTGRESQL, server.host(), server.port(), database.name(), server.user(),
                server.password() == null || server.password().isEmpty() ? null : server.password(), SslMode.DISABLE);
        sessions = SessionSources.open(vertx, endpoint, 4, Duration.ofSeconds(10), Duration.ofMinutes(5));
    }

    SessionSource sessions() {
        return sessions;
    }

    TestDatabase database() {
        return database;
    }

    /** Runs fixture statements over JDBC, independently of the code under test. */
    void execute(String... statements) {
        database.execute(statements);
    }

    /** Runs statements produced by the dialect through a Ferry session. */
    void run(List<String> statements) {
        withSession(s -> {
            statements.forEach(s::update);
            return null;
        });
    }

    <T> T withSession(Function<DbSession, T> work) {
        try (DbSession session = sessions.open()) {
            return work.apply(session);
        }
    }

    DatabaseSchema schema() {
        return withSession(PG.schemaReader()::read);
    }

    Table table(String name) {
        return schema().table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    /** Creates {@code name (id bigint key, value <PostgreSQL's target type for source>)}. */
    Table createValueTable(String name, ColumnType source) {
        Table table = new Table(name, List.of(
                Column.of("id", PG.types().target(ColumnType.of(LogicalType.INT64, "bigint")).target(), false),
                Column.of("value", PG.types().target(source).target(), true)), List.of("id"), List.of(), List.of(), 0);
        run(PG.ddl().createTable(table));
        return table;
    }

    @Override
    public void close() {
        try {
            sessions.close();
            vertx.closeAndAwait();
        } finally {
            database.close();
        }
    }
}
