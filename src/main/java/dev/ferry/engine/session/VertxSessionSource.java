package dev.ferry.engine.session;

import dev.ferry.engine.Endpoint;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Sessions borrowed from a Vert.x pool (closes the pool only when it owns it); bulk channels connect outside it. */
public final class VertxSessionSource implements SessionSource {

    private final Endpoint endpoint;
    private final Pool pool;
    private final boolean ownsPool;
    private final Duration timeout;
    private final Supplier<Uni<SqlConnection>> connector;

    /** @param connector opens a connection outside the pool, for bulk loads that hold one for a whole table */
    public VertxSessionSource(Endpoint endpoint, Pool pool, boolean ownsPool, Duration timeout,
                              Supplier<Uni<SqlConnection>> connector) {
        this.endpoint = endpoint;
        this.pool = pool;
        this.ownsPool = ownsPool;
        this.timeout = timeout;
        this.connector = connector;
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public DbSession open() {
        return new VertxSession(endpoint.engine(), pool.getConnection().await().atMost(timeout), timeout);
    }

    @Override
    public DbSession openDedicated() {
        return new VertxSession(endpoint.engine(), connector.get().await().atMost(timeout), timeout);
    }

    @Override
    public Optional<BulkChannel> openBulk() {
        return Optional.of(switch (endpoint.engine()) {
            case POSTGRESQL -> PgCopyChannel.open(endpoint, timeout);
            case MYSQL, MARIADB -> new MySqlInfileChannel(openDedicated());
            case SQLITE -> throw new IllegalStateException("SQLite is not served by the reactive clients");
        });
    }

    @Override
    public void close() {
        if (ownsPool) {
            pool.closeAndAwait();
        }
    }
}
