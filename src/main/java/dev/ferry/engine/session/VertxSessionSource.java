package dev.ferry.engine.session;

import dev.ferry.engine.Endpoint;
import io.vertx.mutiny.sqlclient.Pool;

import java.time.Duration;
import java.util.Optional;

/** Sessions borrowed from a Vert.x pool; closes the pool only when it owns it. */
public final class VertxSessionSource implements SessionSource {

    private final Endpoint endpoint;
    private final Pool pool;
    private final boolean ownsPool;
    private final Duration timeout;

    public VertxSessionSource(Endpoint endpoint, Pool pool, boolean ownsPool, Duration timeout) {
        this.endpoint = endpoint;
        this.pool = pool;
        this.ownsPool = ownsPool;
        this.timeout = timeout;
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
    public Optional<BulkChannel> openBulk() {
        return Optional.of(switch (endpoint.engine()) {
            case POSTGRESQL -> PgCopyChannel.open(endpoint, timeout);
            case MYSQL, MARIADB -> new MySqlInfileChannel(open());
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
