package dev.ferry.engine;

/**
 * Everything needed to reach one database, with the password in clear: it lives only in memory,
 * inside the client built from it. {@link #toString()} never shows the password.
 *
 * @param host     server host; null for SQLite
 * @param port     server port; 0 for SQLite
 * @param database database name, or the absolute file path for SQLite
 * @param username null for SQLite
 * @param password null when the server needs none
 */
public record Endpoint(Engine engine, String host, int port, String database, String username, String password,
                       SslMode sslMode) {

    /** A display form without the password, e.g. {@code postgresql://app@db:5432/shop}. */
    public String describe() {
        if (!engine.isNetworked()) {
            return engine.id() + "://" + database;
        }
        return engine.id() + "://" + username + "@" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return "Endpoint[" + describe() + ", sslMode=" + sslMode.id() + ", password=" + (password == null ? "none" : "***")
                + "]";
    }
}
