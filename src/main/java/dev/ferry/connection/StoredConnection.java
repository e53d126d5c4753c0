package dev.ferry.connection;

import dev.ferry.engine.Engine;
import dev.ferry.engine.SslMode;

import java.util.UUID;

/**
 * A registered connection as kept in the state store. The password is only ever held here as
 * {@link dev.ferry.security.SecretCipher} ciphertext.
 *
 * @param port            null for SQLite
 * @param database        database name, or absolute file path for SQLite
 * @param passwordSecret  encrypted password, null when none is set
 */
public record StoredConnection(UUID id, String organization, String name, Engine engine, String host, Integer port,
                               String database, String username, String passwordSecret, SslMode sslMode,
                               long createdAt, long updatedAt) {

    public boolean hasPassword() {
        return passwordSecret != null;
    }

    @Override
    public String toString() {
        return "StoredConnection[" + id + " " + organization + "/" + name + " " + engine.id() + "]";
    }
}
