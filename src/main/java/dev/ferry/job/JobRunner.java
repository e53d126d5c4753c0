package dev.ferry.job;

import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs pending jobs on at most {@code ferry.jobs.concurrency} worker threads, oldest first. The
 * queue is the job table itself: a job is claimed with a conditional UPDATE, so several replicas
 * sharing a PostgreSQL state store never run the same job twice.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final JobsConfig config;
    private final JobRepository jobs;
    private final JobHandlers handlers;
    private final JobMetrics metrics;
    private final JobOutcomes outcomes;
    private final RunningJob.Services services;
    private final Clock clock = Clock.systemUTC();
    private final Map<UUID, RunningJob> active = new ConcurrentHashMap<>();
    private final AtomicBoolean dispatchRequested = new AtomicBoolean();
    private volatile boolean started;
    private volatile boolean stopping;
    private ExecutorService workers;
    private ExecutorService dispatcher;
    private ScheduledExecutorService flusher;

    public JobRunner(JobsConfig config, JobRepository jobs, JobEventRepository events,
                     JobCheckpointRepository checkpoints, JobHandlers handlers, JobMetrics metrics,
                     JobOutcomes outcomes, JobJson json) {
        this.config = config;
        this.jobs = jobs;
        this.handlers = handlers;
        this.metrics = metrics;
        this.outcomes = outcomes;
        this.services = new RunningJob.Services(jobs, events, checkpoints, json, metrics, clock,
                config.progressInterval().toMillis());
    }

    @PostConstruct
    void init() {
        if (config.concurrency() < 1) {
            throw new IllegalStateException("ferry.jobs.concurrency must be at least 1");
        }
        workers = Executors.newFixedThreadPool(config.concurrency(), named("ferry-job-worker"));
        dispatcher = Executors.newSingleThreadExecutor(named("ferry-job-dispatcher"));
        flusher = Executors.newSingleThreadScheduledExecutor(named("ferry-job-progress"));
        long interval = config.progressInterval().toMillis();
        flusher.scheduleWithFixedDelay(this::flushProgress, interval, interval, TimeUnit.MILLISECONDS);
        metrics.registerRunningGauge(active::size);
    }

    /** Starts taking jobs from the queue; called once interrupted jobs have been recovered. */
    public void start() {
        started = true;
        requestDispatch();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        dispatcher.shutdownNow();
        flusher.shutdownNow();
        workers.shutdownNow();
    }

    /** Looks at the queue soon, on the dispatcher thread; requests made meanwhile are merged. */
    public void requestDispatch() {
        if (started && !stopping && dispatchRequested.compareAndSet(false, true)) {
            dispatcher.execute(() -> {
                dispatchRequested.set(false);
                dispatch();
            });
        }
    }

    /** Picks up jobs submitted through other replicas (or missed while the store was down). */
    @Scheduled(every = "${ferry.jobs.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        requestDispatch();
    }

    /** Ids of the jobs running in this process. */
    public Set<UUID> activeIds() {
        return Set.copyOf(active.keySet());
    }

    /** Lets a job running here see a cancel at once. */
    void cancelRequested(UUID id) {
        RunningJob running = active.get(id);
        if (running != null) {
            running.markCancelRequested();
        }
    }

    /** One pass over the queue; synchronized so the limit holds whoever calls it. */
    synchronized void dispatch() {
        try {
            int free = config.concurrency() - active.size();
            while (free > 0 && !stopping) {
                var pending = jobs.oldestPending(free);
                if (pending.isEmpty()) {
                    return;
                }
                for (Job job : pending) {
                    if (jobs.claim(job.id(), clock.millis(), new JobRepository.Transition(EventLevel.INFO, "Started"))) {
                        launch(jobs.find(job.id()).orElseThrow());
                        free--;
                    }
                }
            }
        } catch (RuntimeException e) {
            // The next submit, completion or poll tries again.
            LOG.errorf(e, "Could not dispatch jobs");
        }
    }

    private void launch(Job job) {
        RunningJob context = new RunningJob(job, services);
        active.put(job.id(), context);
        workers.execute(() -> execute(context));
    }

    private void execute(RunningJob context) {
        Job job = context.job();
        Timer.Sample sample = metrics.started(job.type());
        JobStatus outcome = JobStatus.FAILED;
        try {
            outcome = outcomes.record(context, run(context));
        } catch (Throwable t) {
            outcome = outcomes.recordFailure(context, t, stopping);
            if (t instanceof VirtualMachineError fatal) {
                throw fatal;
            }
        } finally {
            active.remove(job.id());
            metrics.finished(job.type(), outcome, sample);
            requestDispatch();
        }
    }

    private Object run(RunningJob context) throws Exception {
        JobHandler handler = handlers.find(context.job().type()).orElseThrow(() -> new JobFailedException(
                "No handler for job type " + context.job().type() + " on this replica", Map.of()));
        return handler.run(context);
    }

    private void flushProgress() {
        for (RunningJob job : active.values()) {
            try {
                job.flushIfDirty();
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not write progress of job %s", job.jobId());
            }
        }
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
