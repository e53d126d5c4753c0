package dev.ferry.migration;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferry.copy.CopyListener;
import dev.ferry.job.JobCancelledException;
import dev.ferry.job.JobContext;

import java.util.Optional;

/** The copy engine's view of a migration job: progress, events and checkpoints go to the job. */
final class JobCopyListener implements CopyListener {

    /** Carries the job's cancellation through the copy engine, whose callbacks cannot throw checked exceptions. */
    static final class Cancelled extends RuntimeException {
        Cancelled(JobCancelledException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final JobContext context;

    JobCopyListener(JobContext context) {
        this.context = context;
    }

    @Override
    public void phase(String phase, int itemsDone, int itemsTotal) {
        context.progress(phase, itemsDone, itemsTotal);
    }

    @Override
    public void progress(String table, long rows, long bytes) {
        context.addRows(rows, bytes);
    }

    @Override
    public void event(String message) {
        context.info(message);
    }

    @Override
    public Optional<String> loadCheckpoint(String key) {
        return Optional.ofNullable(context.checkpoints().get(key)).map(JsonNode::asText);
    }

    @Override
    public void saveCheckpoint(String key, String state) {
        context.checkpoint(key, state);
    }

    @Override
    public void throwIfCancelled() {
        try {
            context.throwIfCancelled();
        } catch (JobCancelledException e) {
            throw new Cancelled(e);
        }
    }
}
