package dev.ferry.job;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The live view of one job: first its stored events, then new events and progress changes until it
 * ends. It polls the state store rather than listening in memory, so a client sees a job running on
 * any replica; every poll runs on a worker thread (JDBC never touches the event loop).
 */
public final class JobEventStream {

    /** What the stream carries: a stored event, a progress snapshot, or the final job. */
    public sealed interface Item permits Log, Progress, End {
        /** The SSE event name. */
        String name();

        /** The SSE event id, or null. */
        default String id() {
            return null;
        }

        Object data();
    }

    public record Log(JobEvent data) implements Item {
        @Override
        public String name() {
            return "log";
        }

        @Override
        public String id() {
            return Long.toString(data.seq());
        }
    }

    public record Progress(Job data) implements Item {
        @Override
        public String name() {
            return "progress";
        }
    }

    public record End(Job data) implements Item {
        @Override
        public String name() {
            return "end";
        }
    }

    private record Batch(List<Item> items, boolean last) { }

    private record Snapshot(JobStatus status, JobProgress progress, boolean cancelRequested) {
        static Snapshot of(Job job) {
            return new Snapshot(job.status(), job.progress(), job.cancelRequested());
        }
    }

    private final JobService service;
    private final Job job;
    private long lastSeq;
    private Snapshot lastSnapshot;

    private JobEventStream(JobService service, Job job, long afterSeq) {
        this.service = service;
        this.job = job;
        this.lastSeq = afterSeq;
    }

    /**
     * The stream of a job already looked up (so an unknown id fails before any streaming starts),
     * resuming after event {@code afterSeq} (0 for the whole history), polling every
     * {@code interval}. It completes after the job's final state.
     */
    public static Multi<Item> of(JobService service, Job job, long afterSeq, Duration interval) {
        return Multi.createFrom().deferred(() -> {
            JobEventStream stream = new JobEventStream(service, job, afterSeq);
            return Uni.createFrom().item(stream::poll)
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .repeat().withDelay(interval).whilst(batch -> !batch.last())
                    .onItem().transformToIterable(Batch::items);
        });
    }

    /** The job is read before its events: once it is seen ended, every event it wrote is visible. */
    private Batch poll() {
        Job current = service.get(job.id().toString(), job.organization());
        List<Item> items = new ArrayList<>();
        for (JobEvent event : service.events(current, lastSeq)) {
            items.add(new Log(event));
            lastSeq = event.seq();
        }
        if (current.status().isTerminal()) {
            items.add(new End(current));
            return new Batch(items, true);
        }
        Snapshot snapshot = Snapshot.of(current);
        if (!Objects.equals(snapshot, lastSnapshot)) {
            items.add(new Progress(current));
            lastSnapshot = snapshot;
        }
        return new Batch(items, false);
    }
}
