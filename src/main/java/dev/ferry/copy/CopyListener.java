package dev.ferry.copy;

import java.util.Optional;

/**
 * What the copy engine tells the outside world and asks of it: progress, checkpoints that make a
 * resume exact, and whether to stop. A job adapts it to its context, the CLI to a progress bar.
 * Called from several worker threads at once.
 */
public interface CopyListener {

    void phase(String phase, int itemsDone, int itemsTotal);

    /** Rows and bytes just committed for a table (increments, not totals). */
    void progress(String table, long rows, long bytes);

    void event(String message);

    Optional<String> loadCheckpoint(String key);

    void saveCheckpoint(String key, String state);

    /** Throws when the run should stop; called between batches. */
    void throwIfCancelled();
}
