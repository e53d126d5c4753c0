package dev.ferry.job;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What a running {@link JobHandler} sees of its job, and how it reports back. Thread-safe. */
public interface JobContext {

    UUID jobId();

    String organization();

    /** Name of the token that submitted the job. */
    String createdBy();

    /** The parameters as submitted (an empty object when none were given). */
    JsonNode params();

    /** The parameters bound to a type; a mismatch fails the job with a message naming the field. */
    <T> T params(Class<T> type);

    /**
     * Reports the current phase and items done out of a total (e.g. tables). Persisted at most
     * every {@code ferry.jobs.progress-interval}, immediately when the phase changes.
     */
    void progress(String phase, long itemsDone, long itemsTotal);

    /** Adds rows and bytes just processed to the job's totals and to the metrics. */
    void addRows(long rows, long bytes);

    /** Appends to the job's event log (persisted at once; visible in the event stream). */
    void event(EventLevel level, String message);

    default void info(String message) {
        event(EventLevel.INFO, message);
    }

    default void warn(String message) {
        event(EventLevel.WARN, message);
    }

    /** Stores resume state under a key (e.g. a table name), replacing the previous state. */
    void checkpoint(String key, Object state);

    /** Resume state of this job by key. */
    Map<String, JsonNode> checkpoints();

    /** Resume state under one key, bound to a type. */
    <T> Optional<T> checkpoint(String key, Class<T> type);

    /** Whether a cancel was asked for; prefer {@link #throwIfCancelled()} between batches. */
    boolean cancelRequested();

    /** Ends the job as cancelled if a cancel was asked for; call it between batches. */
    void throwIfCancelled() throws JobCancelledException;
}
