package dev.ferry.engine.client;

import dev.ferry.engine.Endpoint;
import dev.ferry.engine.dialect.Dialects;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.mysqlclient.MySQLBuilder;
import io.vertx.mutiny.mysqlclient.MySQLConnection;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.sqlclient.PoolOptions;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Builds the client for an endpoint: the engine decides which kind. */
public final class DatabaseClients {

    /** Pooled connections unused this long are closed, so idle connections do not pile up on user servers. */
    private static final int POOL_IDLE_TIMEOUT_MINUTES = 10;

    private final Vertx vertx;
    private final int poolSize;
    private final Duration connectTimeout;

    /**
     * @param vertx          the application's Vert.x instance (pools share its event loops)
     * @param poolSize       maximum connections per pool
     * @param connectTimeout how long opening one connection may take
     */
    public DatabaseClients(Vertx vertx, int poolSize, Duration connectTimeout) {
        this.vertx = vertx;
        this.poolSize = poolSize;
        this.connectTimeout = connectTimeout;
    }

    /** A new client; no connection is opened until it is used. */
    public DatabaseClient open(String name, Endpoint endpoint) {
        return switch (endpoint.engine()) {
            case POSTGRESQL -> new ReactiveClient(endpoint, Dialects.of(endpoint.engine()),
                    PgBuilder.pool().with(poolOptions(name)).connectingTo(ConnectOptions.postgres(endpoint, connectTimeout))
                            .using(vertx).build(),
                    timeout -> PgConnection.connect(vertx, ConnectOptions.forProbe(
                            ConnectOptions.postgres(endpoint, connectTimeout), timeout)).map(DatabaseClients::plain),
                    () -> PgConnection.connect(vertx, ConnectOptions.postgres(endpoint, connectTimeout))
                            .map(DatabaseClients::plain));
            case MYSQL, MARIADB -> new ReactiveClient(endpoint, Dialects.of(endpoint.engine()),
                    MySQLBuilder.pool().with(poolOptions(name)).connectingTo(ConnectOptions.mysql(endpoint, connectTimeout))
                            .using(vertx).build(),
                    timeout -> MySQLConnection.connect(vertx, ConnectOptions.forProbe(
                            ConnectOptions.mysql(endpoint, connectTimeout), timeout)).map(DatabaseClients::plain),
                    () -> MySQLConnection.connect(vertx, ConnectOptions.mysql(endpoint, connectTimeout))
                            .map(DatabaseClients::plain));
            case SQLITE -> new SqliteClient(endpoint, Dialects.sqlite());
        };
    }

    private PoolOptions poolOptions(String name) {
        return new PoolOptions()
                .setName(name)
                .setMaxSize(poolSize)
                .setIdleTimeout(POOL_IDLE_TIMEOUT_MINUTES)
                .setIdleTimeoutUnit(TimeUnit.MINUTES);
    }

    static SqlConnection plain(SqlConnection connection) {
        return connection;
    }
}
