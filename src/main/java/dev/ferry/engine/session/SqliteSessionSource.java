package dev.ferry.engine.session;

import dev.ferry.engine.Endpoint;

import org.sqlite.JDBC;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/** Opens SQLite connections to one file; each session is its own JDBC connection. */
public final class SqliteSessionSource implements SessionSource {

    private final Endpoint endpoint;

    public SqliteSessionSource(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public DbSession open() {
        try {
            // The driver directly, not DriverManager: DriverManager refuses a driver registered from
            // another class loader (Quarkus's, in tests), answering "No suitable driver".
            Connection connection = JDBC.createConnection("jdbc:sqlite:" + endpoint.database()
                    + "?busy_timeout=30000", new Properties());
            return new SqliteSession(connection);
        } catch (SQLException e) {
            throw new SessionException("Cannot open SQLite file " + endpoint.database() + ": " + e.getMessage(),
                    e.getSQLState(), e.getErrorCode(), e);
        }
    }

    @Override
    public void close() {
        // Nothing pooled: sessions close their own connections.
    }
}
