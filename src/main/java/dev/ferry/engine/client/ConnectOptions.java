package dev.ferry.engine.client;

import dev.ferry.engine.Endpoint;
import io.vertx.core.net.TrustOptions;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.SqlConnectOptions;

import javax.net.ssl.TrustManagerFactory;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Vert.x connect options for an endpoint, with its TLS mode mapped to each client's settings. */
final class ConnectOptions {

    /** Host name verification as HTTPS does it: the certificate must name the host we dialled. */
    private static final String VERIFY_HOST_NAME = "HTTPS";

    private ConnectOptions() {
    }

    static PgConnectOptions postgres(Endpoint endpoint, Duration connectTimeout) {
        PgConnectOptions options = common(new PgConnectOptions(), endpoint, connectTimeout);
        switch (endpoint.sslMode()) {
            case DISABLE -> options.setSslMode(io.vertx.pgclient.SslMode.DISABLE);
            case REQUIRE -> options.setSslMode(io.vertx.pgclient.SslMode.REQUIRE).setTrustAll(true);
            case VERIFY_CA -> options.setSslMode(io.vertx.pgclient.SslMode.VERIFY_CA).setTrustOptions(jdkTrust());
            case VERIFY_FULL -> options.setSslMode(io.vertx.pgclient.SslMode.VERIFY_FULL).setTrustOptions(jdkTrust())
                    .setHostnameVerificationAlgorithm(VERIFY_HOST_NAME);
        }
        return options;
    }

    static MySQLConnectOptions mysql(Endpoint endpoint, Duration connectTimeout) {
        MySQLConnectOptions options = common(new MySQLConnectOptions(), endpoint, connectTimeout);
        switch (endpoint.sslMode()) {
            case DISABLE -> options.setSslMode(io.vertx.mysqlclient.SslMode.DISABLED);
            case REQUIRE -> options.setSslMode(io.vertx.mysqlclient.SslMode.REQUIRED).setTrustAll(true);
            case VERIFY_CA -> options.setSslMode(io.vertx.mysqlclient.SslMode.VERIFY_CA).setTrustOptions(jdkTrust());
            case VERIFY_FULL -> options.setSslMode(io.vertx.mysqlclient.SslMode.VERIFY_IDENTITY)
                    .setTrustOptions(jdkTrust()).setHostnameVerificationAlgorithm(VERIFY_HOST_NAME);
        }
        return options;
    }

    /**
     * Limits a connection opened for a single probe: besides the connect timeout, a server that
     * accepts the socket but never answers the handshake is dropped once the socket is idle that long.
     */
    static <T extends SqlConnectOptions> T forProbe(T options, Duration timeout) {
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        options.setConnectTimeout(Math.min(options.getConnectTimeout(), millis));
        options.setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
        options.setIdleTimeout(millis);
        return options;
    }

    private static <T extends SqlConnectOptions> T common(T options, Endpoint endpoint, Duration connectTimeout) {
        options.setHost(endpoint.host())
                .setPort(endpoint.port())
                .setDatabase(endpoint.database())
                .setUser(endpoint.username())
                .setPassword(endpoint.password() == null ? "" : endpoint.password())
                .setCachePreparedStatements(true);
        options.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
        return options;
    }

    /** The JVM's default trust store (cacerts, or whatever javax.net.ssl.trustStore points at). */
    private static TrustOptions jdkTrust() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            return TrustOptions.wrap(factory);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JVM's default trust store cannot be loaded", e);
        }
    }
}
