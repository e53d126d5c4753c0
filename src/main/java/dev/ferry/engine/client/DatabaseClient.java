package dev.ferry.engine.client;

import dev.ferry.engine.session.SessionSource;
import dev.ferry.engine.Endpoint;
import dev.ferry.engine.dialect.Dialect;
import io.smallrye.mutiny.Uni;

import java.time.Duration;
import java.util.List;

/**
 * The way into one user database: a reactive pool for PostgreSQL and MySQL/MariaDB, JDBC on
 * worker threads for SQLite. Every operation fails with a {@link ClientFailure}, never blocks the
 * calling event loop, and gives up after the timeout it is handed.
 */
public sealed interface DatabaseClient permits ReactiveClient, SqliteClient {

    Endpoint endpoint();

    Dialect dialect();

    /** Opens a session of its own (outside any pool, so it proves that logging in works), reads the version, closes it. */
    Uni<String> serverVersion(Duration timeout);

    /** The user tables of the database. */
    Uni<List<TableSummary>> tables(Duration timeout);

    /**
     * Blocking sessions for jobs on worker threads, borrowed from this client (its pool for a
     * server, its file for SQLite); closing the source leaves the client open.
     */
    SessionSource sessions(Duration statementTimeout);

    /** Releases pooled connections; the client is unusable afterwards. */
    Uni<Void> close();
}
