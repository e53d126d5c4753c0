package dev.ferry.connection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Registered connections and the clients Ferry opens to them. */
@ConfigMapping(prefix = "ferry.connections")
public interface ConnectionsConfig {

    /** Maximum connections in the pool Ferry keeps for each PostgreSQL / MySQL / MariaDB connection. */
    @WithDefault("10")
    int poolSize();

    /** How long opening one connection to a user database may take before it counts as unreachable. */
    @WithDefault("10s")
    Duration connectTimeout();

    /** Time limit of a connection test and of a schema listing; past it the answer is a timeout. */
    @WithDefault("10s")
    Duration testTimeout();

    /**
     * Directories SQLite connections may point into (after {@code ..} and symbolic links are
     * resolved). Each is created at startup. Keeps API users from reading arbitrary server files.
     */
    @WithDefault("${ferry.state.data-dir}/sqlite")
    List<Path> allowedSqliteDirs();
}
