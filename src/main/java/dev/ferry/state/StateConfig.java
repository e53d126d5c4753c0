package dev.ferry.state;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** Where Ferry keeps its own data. */
@ConfigMapping(prefix = "ferry.state")
public interface StateConfig {

    /**
     * Directory for the embedded state store ({@code ferry.db}), generated development keys and,
     * by default, the SQLite files users may register. Environment: {@code FERRY_DATA_DIR}.
     */
    @WithDefault("data")
    Path dataDir();
}
