package dev.ferry.connection;

import dev.ferry.engine.Engine;
import dev.ferry.engine.SslMode;

/**
 * A validated connection, ready to store.
 *
 * @param password null keeps the stored password (none when creating), empty removes it,
 *                 anything else replaces it
 */
record ConnectionSpec(String name, Engine engine, String host, Integer port, String database, String username,
                      String password, SslMode sslMode) {

    @Override
    public String toString() {
        return "ConnectionSpec[" + name + " " + engine.id() + "]";
    }
}
