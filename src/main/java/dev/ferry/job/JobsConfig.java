package dev.ferry.job;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How this replica runs jobs. */
@ConfigMapping(prefix = "ferry.jobs")
public interface JobsConfig {

    /** Jobs this replica runs at the same time; further jobs wait, oldest first. */
    @WithDefault("2")
    int concurrency();

    /**
     * How often the queue is looked at for pending jobs, on top of the immediate look after each
     * submit and completion; it picks up jobs submitted through other replicas.
     */
    @WithDefault("2s")
    Duration pollInterval();

    /** Progress is written at most this often per job (a phase change is written at once). */
    @WithDefault("250ms")
    Duration progressInterval();

    /** How often an event stream ({@code GET /jobs/{id}/events}) looks for new events. */
    @WithDefault("250ms")
    Duration streamInterval();
}
