package dev.ferry.job;

import dev.ferry.error.FerryException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Submits, finds, lists and cancels jobs; the {@link JobRunner} runs them. */
@ApplicationScoped
public class JobService {

    /** Largest page of the job history. */
    public static final int MAX_PAGE_SIZE = 200;

    private final JobRepository jobs;
    private final JobEventRepository events;
    private final JobHandlers handlers;
    private final JobRunner runner;
    private final JobMetrics metrics;
    private final JobJson json;
    private final AtomicLong lastCreatedAt = new AtomicLong();

    public JobService(JobRepository jobs, JobEventRepository events, JobHandlers handlers, JobRunner runner,
                      JobMetrics metrics, JobJson json) {
        this.jobs = jobs;
        this.events = events;
        this.handlers = handlers;
        this.runner = runner;
        this.metrics = metrics;
        this.json = json;
    }

    /**
     * Queues a job and returns it, {@code pending}. {@code params} is any Jackson-serialisable
     * value (a record, a map, a JsonNode); handlers read it back with {@link JobContext#params}.
     * The API shows parameters to every viewer: reference secrets (a connection id), never embed them.
     */
    public Job submit(String type, String organization, Object params, String createdBy) {
        if (handlers.find(type).isEmpty()) {
            throw FerryException.invalid("type", "unknown job type " + type + "; known: " + handlers.types());
        }
        long now = nextCreatedAt();
        Job job = new Job(UUID.randomUUID(), organization, type, JobStatus.PENDING, json.tree(params),
                JobProgress.NONE, null, null, createdBy, false, now, null, null, now);
        jobs.insert(job, new JobRepository.Transition(EventLevel.INFO, "Submitted by " + createdBy));
        runner.requestDispatch();
        return job;
    }

    /** A job of the organization; unknown ids and other organizations' jobs are both "not found". */
    public Job get(String id, String organization) {
        return parse(id).flatMap(jobs::find)
                .filter(job -> job.organization().equals(organization))
                .orElseThrow(() -> FerryException.notFound("Job", id));
    }

    public JobPage list(String organization, String type, JobStatus status, int page, int size) {
        if (page < 0) {
            throw FerryException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw FerryException.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        List<Job> items = jobs.list(organization, type, status, Math.multiplyExact(page, size), size);
        return new JobPage(items, jobs.count(organization, type, status), page, size);
    }

    /** Events of a job after a seq (0 for all), oldest first. */
    public List<JobEvent> events(Job job, long afterSeq) {
        return events.after(job.id(), afterSeq);
    }

    /**
     * Queues a failed or cancelled job again; its handler continues from the checkpoints it saved.
     * Only job types that declare themselves resumable can be resumed.
     */
    public Job resume(String id, String organization, String requestedBy) {
        Job job = get(id, organization);
        boolean resumable = handlers.find(job.type()).map(JobHandler::resumable).orElse(false);
        if (!resumable) {
            throw FerryException.conflict("Jobs of type " + job.type() + " cannot be resumed");
        }
        var event = new JobRepository.Transition(EventLevel.INFO, "Resumed by " + requestedBy);
        long now = System.currentTimeMillis();
        if (!jobs.requeue(job.id(), JobStatus.FAILED, now, event)
                && !jobs.requeue(job.id(), JobStatus.CANCELLED, now, event)) {
            throw FerryException.conflict("Job " + id + " is " + job.status().id()
                    + "; only failed or cancelled jobs can be resumed");
        }
        runner.requestDispatch();
        return get(id, organization);
    }

    /**
     * Cancels a pending job at once; asks a running one to stop at its next
     * {@link JobContext#throwIfCancelled()}. A job that already ended is a conflict.
     */
    public Job cancel(String id, String organization, String requestedBy) {
        Job job = get(id, organization);
        long now = System.currentTimeMillis();
        var pendingEvent = new JobRepository.Transition(EventLevel.WARN, "Cancelled by " + requestedBy + " before it started");
        if (jobs.cancelPending(job.id(), now, pendingEvent)) {
            metrics.ended(job.type(), JobStatus.CANCELLED);
        } else if (jobs.requestCancel(job.id(), now,
                new JobRepository.Transition(EventLevel.WARN, "Cancel requested by " + requestedBy))) {
            runner.cancelRequested(job.id());
        } else {
            Job current = get(id, organization);
            if (current.status().isTerminal()) {
                throw FerryException.conflict("Job " + id + " already ended (" + current.status().id() + ")");
            }
            // Claimed between the two updates: it is running now, so ask again.
            return cancel(id, organization, requestedBy);
        }
        return get(id, organization);
    }

    /**
     * Creation times are strictly increasing within this process, so jobs submitted in the same
     * millisecond still run (FIFO) and list (newest first) in submission order.
     */
    private long nextCreatedAt() {
        return lastCreatedAt.updateAndGet(last -> Math.max(System.currentTimeMillis(), last + 1));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
