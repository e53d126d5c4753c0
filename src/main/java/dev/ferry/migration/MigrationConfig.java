package dev.ferry.migration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Defaults for migrations when a request or command line does not say. */
@ConfigMapping(prefix = "ferry.migration")
public interface MigrationConfig {

    /** Rows per page read from the source and committed on the target. */
    @WithDefault("5000")
    int batchSize();

    /** Tables copied at the same time. */
    @WithDefault("2")
    int parallelTables();
}
