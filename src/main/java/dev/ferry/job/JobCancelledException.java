package dev.ferry.job;

/** Thrown by {@link JobContext#throwIfCancelled()}; handlers let it propagate. */
public class JobCancelledException extends Exception {
    public JobCancelledException() {
        super("Job cancelled", null, false, false);
    }
}
