package dev.ferry.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A database created for one test class; {@link #close()} drops it. */
public record TestDatabase(TestServer server, String name) implements AutoCloseable {

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /** The database as a Ferry connection URL, e.g. {@code postgresql://postgres@127.0.0.1:5432/db}. */
    public String ferryUrl() {
        String credentials = server.password() == null || server.password().isEmpty()
                ? server.user() : server.user() + ":" + server.password();
        return server.engine() + "://" + credentials + "@" + server.host() + ":" + server.port() + "/" + name;
    }

    public Connection connect() throws SQLException {
        return server.connect(name);
    }

    /** Runs statements one by one, for fixtures. */
    public void execute(String... statements) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Fixture failed on " + name, e);
        }
    }

    @Override
    public void close() {
        server.drop(name);
    }
}
