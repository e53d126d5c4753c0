package dev.ferry.engine.session;

import dev.ferry.engine.Endpoint;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

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
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + endpoint.database()
                    + "?busy_timeout=30000");
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
