package dev.ferry.migration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Defaults for migrations when a request or command line does not say. */
@ConfigMapping(prefix = "ferry.migration")
public interface MigrationConfig {

    /** Rows per page read from the source and committed on the target. */
    @WithDefault("5000")
    int batchSize();

    /** Tables copied at the same time. */
    @WithDefault("2")
    int parallelTables();

    /**
     * Target connections writing one table at once (pages in key order, checkpointed in order).
     * Two keep a server busy while the next page is prepared; SQLite always takes one.
     */
    @WithDefault("" + MigrationRunner.DEFAULT_WRITERS_PER_TABLE)
    int writersPerTable();

    /**
     * Values a page holds at most, about (for example 4M): a page of wide rows holds fewer rows
     * than the batch size, so that memory stays bounded whatever the width of the rows. Each table
     * keeps a few pages in flight (read ahead, encoded, being written). Unset: 4M on the JVM, 1M
     * in the native executable. The native collector copies every page still waiting in memory at
     * each collection, all of them full ones here, so smaller pages cost it less; the JVM's
     * collector does not, and there fewer, larger statements win (bench/results.md).
     */
    Optional<MemorySize> pageBytes();
}
