package dev.ferry.support;

import dev.ferry.engine.Endpoint;
import dev.ferry.engine.Engine;
import dev.ferry.engine.SslMode;

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

    /** The database as Ferry reaches it, speaking the given engine's protocol. */
    public Endpoint endpoint(Engine engine) {
        return new Endpoint(engine, server.host(), server.port(), name, server.user(),
                server.password() == null || server.password().isEmpty() ? null : server.password(), SslMode.DISABLE);
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
