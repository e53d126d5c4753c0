package dev.ferry.cli;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this process runs: as the server (default) or as a one-shot command-line tool. */
@ConfigMapping(prefix = "ferry.run")
public interface RunConfig {

    /** True when started as a CLI command; set by {@link FerryMain}, not by users. */
    @WithDefault("false")
    boolean cli();
}
