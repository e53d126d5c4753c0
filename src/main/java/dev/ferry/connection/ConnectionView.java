package dev.ferry.connection;

import dev.ferry.engine.Engine;
import dev.ferry.engine.SslMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A connection as the API shows it: never the password, only whether one is set. */
@Schema(name = "Connection")
public record ConnectionView(
        UUID id,
        String organization,
        String name,
        Engine engine,
        @Schema(nullable = true) String host,
        @Schema(nullable = true) Integer port,
        @Schema(description = "Database name, or the SQLite file path") String database,
        @Schema(nullable = true) String username,
        @Schema(description = "Whether a password is stored (it is never returned)") boolean passwordSet,
        SslMode sslMode,
        @Schema(description = "Epoch milliseconds") long createdAt,
        @Schema(description = "Epoch milliseconds") long updatedAt) {

    static ConnectionView of(StoredConnection c) {
        return new ConnectionView(c.id(), c.organization(), c.name(), c.engine(), c.host(), c.port(), c.database(),
                c.username(), c.hasPassword(), c.sslMode(), c.createdAt(), c.updatedAt());
    }
}
