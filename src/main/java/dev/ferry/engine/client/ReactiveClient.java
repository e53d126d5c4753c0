package dev.ferry.engine.client;

import dev.ferry.engine.Endpoint;
import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.FailureKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.engine.session.VertxSessionSource;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** PostgreSQL, MySQL or MariaDB through a Vert.x reactive pool. */
public final class ReactiveClient implements DatabaseClient {

    private final Endpoint endpoint;
    private final Dialect dialect;
    private final Pool pool;
    private final Function<Duration, Uni<SqlConnection>> probeConnector;
    private final Supplier<Uni<SqlConnection>> connector;

    /**
     * @param probeConnector opens one connection outside the pool, bounded by the given timeout
     * @param connector      opens one ordinary connection outside the pool (bulk loads)
     */
    ReactiveClient(Endpoint endpoint, Dialect dialect, Pool pool, Function<Duration, Uni<SqlConnection>> probeConnector,
                   Supplier<Uni<SqlConnection>> connector) {
        this.endpoint = endpoint;
        this.dialect = dialect;
        this.pool = pool;
        this.probeConnector = probeConnector;
        this.connector = connector;
    }

    /** The connection pool, for features that run their own statements (migration, sync). */
    @Override
    public SessionSource sessions(Duration statementTimeout) {
        return new VertxSessionSource(endpoint, pool, false, statementTimeout, connector);
    }

    public Pool pool() {
        return pool;
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public Uni<String> serverVersion(Duration timeout) {
        Uni<String> version = probeConnector.apply(timeout)
                .chain(connection -> connection.query(dialect.serverVersionSql()).execute()
                        .map(rows -> rows.iterator().next().getString(0))
                        .onTermination().call((item, failure, cancelled) -> connection.close()));
        return bounded(version, timeout);
    }

    @Override
    public Uni<List<TableSummary>> tables(Duration timeout) {
        return bounded(pool.query(dialect.listTablesSql()).execute().map(ReactiveClient::tables), timeout);
    }

    @Override
    public Uni<Void> close() {
        return pool.close();
    }

    private <T> Uni<T> bounded(Uni<T> work, Duration timeout) {
        return work.ifNoItem().after(timeout)
                .failWith(() -> new ClientFailure(FailureKind.TIMEOUT, "no answer within " + timeout.toMillis() + " ms", null))
                .onFailure().transform(failure -> Failures.classify(failure, dialect));
    }

    private static List<TableSummary> tables(RowSet<Row> rows) {
        List<TableSummary> tables = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Number columns = (Number) row.getValue("column_count");
            Number estimate = (Number) row.getValue("estimated_rows");
            tables.add(new TableSummary(row.getString("table_schema"), row.getString("table_name"), columns.intValue(),
                    estimate == null ? null : estimate.longValue()));
        }
        return tables;
    }
}
