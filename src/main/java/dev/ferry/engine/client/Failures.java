package dev.ferry.engine.client;

import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.FailureKind;
import io.vertx.sqlclient.DatabaseException;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Turns whatever a driver threw into a {@link ClientFailure}: database errors by SQLSTATE and
 * vendor code (through the dialect), network errors by exception type. Never by message text.
 */
public final class Failures {

    /**
     * Failures a driver raises as a bare {@link Exception}, recognised by the driver class that
     * raised them: the PostgreSQL client's answer to a server that refuses TLS is one.
     */
    private static final Map<String, FailureKind> ORIGINS = Map.of(
            "io.vertx.pgclient.impl.InitiateSslHandler", FailureKind.TLS);

    private Failures() {
    }

    public static ClientFailure classify(Throwable failure, Dialect dialect) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ClientFailure known) {
                return known;
            }
            FailureKind kind = kindOf(t, dialect);
            if (kind != null) {
                return new ClientFailure(kind, detail(t), failure);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new ClientFailure(FailureKind.OTHER, detail(failure), failure);
    }

    private static FailureKind kindOf(Throwable t, Dialect dialect) {
        if (t instanceof DatabaseException db) {
            return dialect.classify(db.getSqlState(), db.getErrorCode());
        }
        if (t instanceof SQLException sql) {
            return dialect.classify(sql.getSQLState(), sql.getErrorCode());
        }
        if (t instanceof SSLException) {
            return FailureKind.TLS;
        }
        // Netty's ConnectTimeoutException is a ConnectException, so timeouts are checked first.
        if (t instanceof io.netty.channel.ConnectTimeoutException || t instanceof SocketTimeoutException
                || t instanceof TimeoutException) {
            return FailureKind.TIMEOUT;
        }
        if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException) {
            return FailureKind.UNREACHABLE;
        }
        StackTraceElement[] origin = t.getStackTrace();
        return origin.length == 0 ? null : ORIGINS.get(origin[0].getClassName());
    }

    private static String detail(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
