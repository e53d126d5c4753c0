package dev.ferry.job;

/**
 * Does the work of one job type. Implementations are CDI beans (e.g. {@code @ApplicationScoped});
 * the runner finds them by {@link #type()} and calls {@link #run} on a worker thread, so blocking
 * is allowed. Handlers report progress and events through the context, call
 * {@link JobContext#throwIfCancelled()} between batches, and throw to fail the job (a
 * {@link JobFailedException} adds context such as the table).
 */
public interface JobHandler {

    /** The job type this handler runs, e.g. {@code migration}; unique among handlers. */
    String type();

    /**
     * Runs the job to its end and returns its result (any Jackson-serialisable value, or null).
     * Returning completes the job; throwing fails it, or cancels it when the exception is the
     * {@link JobCancelledException} raised by {@link JobContext#throwIfCancelled()}.
     */
    Object run(JobContext context) throws Exception;

    /**
     * Whether a failed or cancelled job of this type may run again from its checkpoints
     * ({@code POST /api/v1/jobs/{id}/resume}); the handler then sees the checkpoints it saved.
     */
    default boolean resumable() {
        return false;
    }
}
