package dev.ferry.engine.client;

import dev.ferry.engine.Endpoint;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.engine.session.SqliteSessionSource;
import dev.ferry.engine.session.VertxSessionSource;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.mysqlclient.MySQLBuilder;
import io.vertx.mutiny.mysqlclient.MySQLConnection;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.sqlclient.PoolOptions;

import java.time.Duration;

/**
 * Sessions for an endpoint that is not a registered connection (the CLI, tests): a pool of its
 * own, closed with the source.
 */
public final class SessionSources {

    private SessionSources() {
    }

    public static SessionSource open(Vertx vertx, Endpoint endpoint, int poolSize, Duration connectTimeout,
                                     Duration statementTimeout) {
        PoolOptions pool = new PoolOptions().setMaxSize(poolSize).setName("ferry-" + endpoint.engine().id());
        return switch (endpoint.engine()) {
            case POSTGRESQL -> new VertxSessionSource(endpoint, PgBuilder.pool().with(pool)
                    .connectingTo(ConnectOptions.postgres(endpoint, connectTimeout)).using(vertx).build(),
                    true, statementTimeout, () -> PgConnection.connect(vertx, ConnectOptions.postgres(endpoint, connectTimeout))
                            .map(DatabaseClients::plain));
            case MYSQL, MARIADB -> new VertxSessionSource(endpoint, MySQLBuilder.pool().with(pool)
                    .connectingTo(ConnectOptions.mysql(endpoint, connectTimeout)).using(vertx).build(),
                    true, statementTimeout, () -> MySQLConnection.connect(vertx, ConnectOptions.mysql(endpoint, connectTimeout))
                            .map(DatabaseClients::plain));
            case SQLITE -> new SqliteSessionSource(endpoint);
        };
    }
}
