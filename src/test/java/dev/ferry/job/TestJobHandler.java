package dev.ferry.job;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Job type {@code test}: does {@code steps} steps, each adding 10 rows / 1000 bytes, a progress
 * update, a checkpoint and an event. With {@code blocking}, each step first waits for the test to
 * {@link #release} it, so tests decide exactly how far a job gets; a cancel is seen right after a
 * release. {@code failWith} fails the job
 * (with {@code failContext}) after the steps; {@code crashWith} throws a plain exception instead.
 */
@ApplicationScoped
public class TestJobHandler implements JobHandler {

    public static final String TYPE = "test";

    /** The test's input. */
    public record Params(int steps, boolean blocking, String failWith, Map<String, String> failContext,
                         String crashWith) {

        public static Params blocking(int steps) {
            return new Params(steps, true, null, null, null);
        }

        public static Params immediate(int steps) {
            return new Params(steps, false, null, null, null);
        }
    }

    /** The result of a completed test job. */
    public record Result(int steps) { }

    private static final Map<UUID, Semaphore> GATES = new ConcurrentHashMap<>();

    /** Lets a blocking job do {@code steps} more steps. */
    public static void release(UUID jobId, int steps) {
        gate(jobId).release(steps);
    }

    /** Unblocks every test job for good; for cleanup between tests. */
    public static void releaseAll() {
        GATES.values().forEach(gate -> gate.release(10_000));
    }

    private static Semaphore gate(UUID jobId) {
        return GATES.computeIfAbsent(jobId, id -> new Semaphore(0));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Object run(JobContext context) throws Exception {
        Params params = context.params(Params.class);
        context.progress("working", 0, params.steps());
        for (int step = 1; step <= params.steps(); step++) {
            if (params.blocking() && !gate(context.jobId()).tryAcquire(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released step " + step);
            }
            // Checked once the test let the step go, so a test knows exactly which step sees a cancel.
            context.throwIfCancelled();
            context.addRows(10, 1000);
            context.progress("working", step, params.steps());
            context.checkpoint("step", Map.of("done", step));
            context.info("Step " + step + " of " + params.steps());
        }
        if (params.failWith() != null) {
            throw new JobFailedException(params.failWith(), params.failContext());
        }
        if (params.crashWith() != null) {
            throw new IllegalStateException(params.crashWith());
        }
        return new Result(params.steps());
    }
}
