package dev.ferry.job;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The {@link JobContext} of a job running on this replica: buffers progress, writes it throttled. */
final class RunningJob implements JobContext {

    /** What a running job needs from the rest of the engine. */
    record Services(JobRepository jobs, JobEventRepository events, JobCheckpointRepository checkpoints,
                    JobJson json, JobMetrics metrics, Clock clock, long progressIntervalMillis) { }

    private final Job job;
    private final Services services;
    private final long startedAt;
    private volatile boolean cancelRequested;
    private long lastCancelCheck;

    private String phase;
    private Long itemsDone;
    private Long itemsTotal;
    private long rows;
    private long bytes;
    private boolean dirty;
    private long lastWrite;

    RunningJob(Job job, Services services) {
        this.job = job;
        this.services = services;
        this.startedAt = job.startedAt() == null ? services.clock().millis() : job.startedAt();
        this.cancelRequested = job.cancelRequested();
    }

    Job job() {
        return job;
    }

    @Override
    public UUID jobId() {
        return job.id();
    }

    @Override
    public String organization() {
        return job.organization();
    }

    @Override
    public String createdBy() {
        return job.createdBy();
    }

    @Override
    public JsonNode params() {
        return job.parameters().deepCopy();
    }

    @Override
    public <T> T params(Class<T> type) {
        return services.json().convert(job.parameters(), type);
    }

    @Override
    public synchronized void progress(String phase, long itemsDone, long itemsTotal) {
        boolean phaseChanged = !Objects.equals(this.phase, phase);
        this.phase = phase;
        this.itemsDone = itemsDone;
        this.itemsTotal = itemsTotal;
        dirty = true;
        if (phaseChanged) {
            flush();
        } else {
            flushIfDue();
        }
    }

    @Override
    public synchronized void addRows(long rows, long bytes) {
        this.rows += rows;
        this.bytes += bytes;
        services.metrics().rows(job.type(), rows, bytes);
        dirty = true;
        flushIfDue();
    }

    @Override
    public void event(EventLevel level, String message) {
        services.events().append(job.id(), level, message, services.clock().millis());
    }

    @Override
    public void checkpoint(String key, Object state) {
        services.checkpoints().save(job.id(), key, services.json().tree(state), services.clock().millis());
    }

    @Override
    public Map<String, JsonNode> checkpoints() {
        return services.checkpoints().all(job.id());
    }

    @Override
    public <T> Optional<T> checkpoint(String key, Class<T> type) {
        return services.checkpoints().load(job.id(), key).map(node -> services.json().convert(node, type));
    }

    @Override
    public boolean cancelRequested() {
        if (!cancelRequested) {
            pollCancel();
        }
        return cancelRequested;
    }

    @Override
    public void throwIfCancelled() throws JobCancelledException {
        if (cancelRequested()) {
            throw new JobCancelledException();
        }
    }

    /** A cancel asked for through this replica reaches the job without a database round trip. */
    void markCancelRequested() {
        cancelRequested = true;
    }

    /** Called by the runner's flusher so progress reported just before a long pause still shows. */
    synchronized void flushIfDirty() {
        if (dirty) {
            flush();
        }
    }

    synchronized JobProgress snapshot() {
        return new JobProgress(phase, itemsDone, itemsTotal, rows, bytes,
                JobProgress.eta(itemsDone, itemsTotal, services.clock().millis() - startedAt));
    }

    /** Final progress: no time is left once the job ended. */
    synchronized JobProgress finalProgress() {
        dirty = false;
        return new JobProgress(phase, itemsDone, itemsTotal, rows, bytes, null);
    }

    synchronized String phase() {
        return phase;
    }

    private void flushIfDue() {
        if (services.clock().millis() - lastWrite >= services.progressIntervalMillis()) {
            flush();
        }
    }

    private void flush() {
        long now = services.clock().millis();
        services.jobs().updateProgress(job.id(), snapshot(), now);
        lastWrite = now;
        dirty = false;
    }

    /** Cancels asked for through another replica are seen from the state store, not on every call. */
    private void pollCancel() {
        long now = services.clock().millis();
        synchronized (this) {
            if (now - lastCancelCheck < services.progressIntervalMillis()) {
                return;
            }
            lastCancelCheck = now;
        }
        if (services.jobs().isCancelRequested(job.id())) {
            cancelRequested = true;
        }
    }
}
