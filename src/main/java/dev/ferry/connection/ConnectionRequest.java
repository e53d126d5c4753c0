package dev.ferry.connection;

import dev.ferry.engine.Engine;
import dev.ferry.engine.SslMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A connection as sent by a client, for both create and update. Either the endpoint fields or a
 * {@code url} (or both: explicit fields override the URL's parts).
 */
@Schema(name = "ConnectionRequest", description = "A connection to register or change. Give the endpoint fields, "
        + "or a url such as postgresql://user:password@host:5432/db?sslmode=require, mysql://…, mariadb://… or "
        + "sqlite:///absolute/path.db; explicit fields override the url's parts.")
public record ConnectionRequest(
        @Schema(description = "Unique within the organization", maxLength = 200) String name,
        @Schema(description = "postgresql, mysql, mariadb or sqlite") Engine engine,
        @Schema(description = "Database URL; user and password percent-encoded") String url,
        @Schema(description = "Server host (not for sqlite)") String host,
        @Schema(description = "Server port; defaults to the engine's (5432 or 3306)", minimum = "1", maximum = "65535")
        Integer port,
        @Schema(description = "Database name, or for sqlite the absolute path of the file, which must lie under "
                + "one of ferry.connections.allowed-sqlite-dirs") String database,
        @Schema(description = "User name (not for sqlite)") String username,
        @Schema(description = "Password, stored encrypted and never returned. On update, leave it out to keep "
                + "the current one; an empty string removes it.", writeOnly = true) String password,
        @Schema(description = "disable (default), require, verify-ca or verify-full") SslMode sslMode) {

    @Override
    public String toString() {
        return "ConnectionRequest[name=" + name + ", engine=" + engine + ", url=" + (url == null ? null : "***")
                + ", host=" + host + ", port=" + port + ", database=" + database + ", username=" + username
                + ", password=" + (password == null ? null : "***") + ", sslMode=" + sslMode + "]";
    }
}
