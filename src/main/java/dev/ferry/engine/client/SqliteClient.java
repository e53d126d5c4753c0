package dev.ferry.engine.client;

import dev.ferry.engine.session.SessionSource;
import dev.ferry.engine.session.SqliteSessionSource;
import dev.ferry.engine.Endpoint;
import dev.ferry.engine.dialect.FailureKind;
import dev.ferry.engine.dialect.SqliteDialect;
import dev.ferry.state.Jdbc;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.sqlite.SQLiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A SQLite file through sqlite-jdbc. JDBC blocks, so all work runs on Quarkus' worker pool; each
 * unit of work opens its own connection (cheap for SQLite) so nothing is shared between threads.
 */
public final class SqliteClient implements DatabaseClient {

    /** How long a statement waits for another process' write lock before failing with SQLITE_BUSY. */
    private static final int BUSY_TIMEOUT_MS = 5_000;

    /** JDBC work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Endpoint endpoint;
    private final SqliteDialect dialect;
    private final Path file;

    @Override
    public SessionSource sessions(Duration statementTimeout) {
        return new SqliteSessionSource(endpoint);
    }

    SqliteClient(Endpoint endpoint, SqliteDialect dialect) {
        this.endpoint = endpoint;
        this.dialect = dialect;
        this.file = Path.of(endpoint.database());
    }

    public Path file() {
        return file;
    }

    /**
     * Runs JDBC work on a worker thread. Read-only work refuses a missing file instead of letting
     * SQLite create an empty database there.
     */
    public <T> Uni<T> withConnection(boolean readOnly, Work<T> work) {
        return Uni.createFrom().item(() -> run(readOnly, work)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public SqliteDialect dialect() {
        return dialect;
    }

    @Override
    public Uni<String> serverVersion(Duration timeout) {
        return bounded(withConnection(true, c -> {
            // Reading the schema proves the file is a database, which opening alone does not.
            Jdbc.query(c, dialect.listTablesSql(), rs -> rs.getString("table_name"));
            return Jdbc.query(c, dialect.serverVersionSql(), rs -> rs.getString(1)).get(0);
        }), timeout);
    }

    @Override
    public Uni<List<TableSummary>> tables(Duration timeout) {
        return bounded(withConnection(true, this::readTables), timeout);
    }

    @Override
    public Uni<Void> close() {
        return Uni.createFrom().voidItem();
    }

    private List<TableSummary> readTables(Connection c) throws SQLException {
        List<TableSummary> tables = Jdbc.query(c, dialect.listTablesSql(), rs -> new TableSummary(null,
                rs.getString("table_name"), rs.getInt("column_count"), null));
        Map<String, Long> estimates = new HashMap<>();
        if (Jdbc.query(c, dialect.statisticsPresentSql(), rs -> rs.getInt(1)).get(0) > 0) {
            Jdbc.query(c, dialect.rowEstimatesSql(), rs -> estimates.put(rs.getString("table_name"),
                    rs.getLong("estimated_rows")));
        }
        List<TableSummary> result = new ArrayList<>(tables.size());
        for (TableSummary table : tables) {
            Long rows = estimates.get(table.name());
            if (rows == null) {
                rows = Jdbc.query(c, dialect.countRowsSql(null, table.name()), rs -> rs.getLong(1)).get(0);
            }
            result.add(table.withEstimatedRows(rows));
        }
        return result;
    }

    private <T> T run(boolean readOnly, Work<T> work) {
        if (readOnly && !Files.isRegularFile(file)) {
            throw new ClientFailure(FailureKind.UNKNOWN_DATABASE, "no SQLite file at " + file, null);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file)) {
            return work.run(connection);
        } catch (SQLException e) {
            throw Failures.classify(e, dialect);
        }
    }

    private <T> Uni<T> bounded(Uni<T> work, Duration timeout) {
        return work.ifNoItem().after(timeout)
                .failWith(() -> new ClientFailure(FailureKind.TIMEOUT, "no answer within " + timeout.toMillis() + " ms", null))
                .onFailure().transform(failure -> Failures.classify(failure, dialect));
    }
}
