package dev.ferry.engine.session;

import dev.ferry.engine.Endpoint;
import dev.ferry.engine.dialect.BulkBytes;
import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.model.Table;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * PostgreSQL's COPY protocol through pgjdbc (the reactive client has no COPY). The connection runs
 * in autocommit, so each COPY statement is its own transaction: a page is all in or all out. An
 * export runs inside the snapshot transaction its caller begins with {@link #execute}.
 */
final class PgCopyChannel implements BulkChannel {

    private final Connection connection;
    private final CopyManager copy;
    private final PageUtf8 utf8 = new PageUtf8();

    private PgCopyChannel(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    static PgCopyChannel open(Endpoint endpoint, Duration connectTimeout) {
        Properties props = new Properties();
        props.setProperty("user", endpoint.username());
        if (endpoint.password() != null) {
            props.setProperty("password", endpoint.password());
        }
        props.setProperty("ApplicationName", "ferry");
        props.setProperty("connectTimeout", String.valueOf(Math.max(1, connectTimeout.toSeconds())));
        props.setProperty("sslmode", endpoint.sslMode().id());
        if (endpoint.sslMode().id().startsWith("verify")) {
            // The JDK trust store, as the reactive client uses, rather than libpq's ~/.postgresql/root.crt.
            props.setProperty("sslfactory", "org.postgresql.ssl.DefaultJavaSSLFactory");
        }
        // pgjdbc URL-decodes the database name, so any name survives the trip.
        String url = "jdbc:postgresql://" + hostPart(endpoint.host()) + ":" + endpoint.port() + "/"
                + URLEncoder.encode(endpoint.database(), StandardCharsets.UTF_8);
        try {
            return new PgCopyChannel(DriverManager.getConnection(url, props));
        } catch (SQLException e) {
            throw failure(e, "connect");
        }
    }

    private static String hostPart(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    @Override
    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw failure(e, sql);
        }
    }

    @Override
    public long load(BulkFormat format, Table table, CharSequence rows) {
        ByteBuffer bytes = utf8.encode(rows);
        return copyIn(format.statement(table, null), bytes.array(), bytes.limit());
    }

    @Override
    public long load(String statement, BulkBytes page) {
        return copyIn(statement, page.array(), page.length());
    }

    @Override
    public long export(String statement, Consumer<byte[]> rows) {
        try {
            CopyOut out = copy.copyOut(statement);
            try {
                for (byte[] row = out.readFromCopy(); row != null; row = out.readFromCopy()) {
                    rows.accept(row);
                }
                return out.getHandledRowCount();
            } finally {
                if (out.isActive()) {
                    out.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw failure(e, statement);
        }
    }

    private long copyIn(String sql, byte[] bytes, int length) {
        try {
            CopyIn in = copy.copyIn(sql);
            try {
                in.writeToCopy(bytes, 0, length);
                return in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw failure(e, sql);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing a broken connection has nothing left to report.
        }
    }

    private static SessionException failure(SQLException e, String what) {
        return new SessionException(e.getMessage() + " [" + what + "]", e.getSQLState(), e.getErrorCode(), e);
    }
}
