package dev.ferry.connection;

import dev.ferry.engine.Engine;
import dev.ferry.engine.SslMode;
import dev.ferry.state.Jdbc;
import dev.ferry.state.StateStoreException;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntSupplier;

/** db_connection rows in the state store. Every lookup is scoped to an organization. */
@ApplicationScoped
public class ConnectionRepository {

    private static final String COLUMNS = "id, organization, name, engine, host, port, database_name, username,"
            + " password_secret, ssl_mode, created_at, updated_at";
    /** SQLite's SQLITE_CONSTRAINT result code. */
    private static final int SQLITE_CONSTRAINT = 19;
    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbc jdbc;

    public ConnectionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public long count(String organization) {
        return jdbc.queryOne("SELECT COUNT(*) FROM db_connection WHERE organization = ?", rs -> rs.getLong(1), organization)
                .orElse(0L);
    }

    public List<StoredConnection> list(String organization) {
        return jdbc.query("SELECT " + COLUMNS + " FROM db_connection WHERE organization = ? ORDER BY name",
                ConnectionRepository::map, organization);
    }

    public Optional<StoredConnection> find(String organization, UUID id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM db_connection WHERE id = ? AND organization = ?",
                ConnectionRepository::map, id.toString(), organization);
    }

    /** Whether another connection of the organization already has this name. */
    public boolean nameTaken(String organization, String name, UUID except) {
        return jdbc.queryOne("SELECT id FROM db_connection WHERE organization = ? AND name = ? AND id <> ?",
                rs -> rs.getString(1), organization, name, except == null ? "" : except.toString()).isPresent();
    }

    public void insert(StoredConnection c) {
        guardUnique(c.name(), () -> jdbc.update("INSERT INTO db_connection (" + COLUMNS + ")"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.id().toString(), c.organization(), c.name(), c.engine().id(), c.host(), c.port(), c.database(),
                c.username(), c.passwordSecret(), c.sslMode().id(), c.createdAt(), c.updatedAt()));
    }

    public boolean update(StoredConnection c) {
        return guardUnique(c.name(), () -> jdbc.update("UPDATE db_connection SET name = ?, engine = ?, host = ?, port = ?,"
                        + " database_name = ?, username = ?, password_secret = ?, ssl_mode = ?, updated_at = ?"
                        + " WHERE id = ? AND organization = ?",
                c.name(), c.engine().id(), c.host(), c.port(), c.database(), c.username(), c.passwordSecret(),
                c.sslMode().id(), c.updatedAt(), c.id().toString(), c.organization())) == 1;
    }

    public boolean delete(String organization, UUID id) {
        return jdbc.update("DELETE FROM db_connection WHERE id = ? AND organization = ?", id.toString(), organization) == 1;
    }

    /** The name check runs before writing; this catches the race of two writers with the same name. */
    private static int guardUnique(String name, IntSupplier write) {
        try {
            return write.getAsInt();
        } catch (StateStoreException e) {
            if (e.getCause() instanceof SQLException sql
                    && (UNIQUE_VIOLATION.equals(sql.getSQLState()) || (sql.getErrorCode() & 0xff) == SQLITE_CONSTRAINT)) {
                throw ConnectionService.duplicateName(name);
            }
            throw e;
        }
    }

    private static StoredConnection map(ResultSet rs) throws SQLException {
        int port = rs.getInt("port");
        Integer nullablePort = rs.wasNull() ? null : port;
        return new StoredConnection(UUID.fromString(rs.getString("id")), rs.getString("organization"),
                rs.getString("name"), Engine.parse(rs.getString("engine")).orElseThrow(),
                rs.getString("host"), nullablePort,
                rs.getString("database_name"), rs.getString("username"), rs.getString("password_secret"),
                SslMode.parse(rs.getString("ssl_mode")).orElseThrow(),
                rs.getLong("created_at"), rs.getLong("updated_at"));
    }
}
