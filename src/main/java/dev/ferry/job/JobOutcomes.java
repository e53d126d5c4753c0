package dev.ferry.job;

import dev.ferry.error.FerryException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes how a job ended: its status, final progress, result or error, and the closing event. */
@ApplicationScoped
class JobOutcomes {

    private static final Logger LOG = Logger.getLogger(JobOutcomes.class);
    static final String INTERRUPTED = "interrupted";

    private final JobRepository jobs;
    private final Clock clock = Clock.systemUTC();

    JobOutcomes(JobRepository jobs) {
        this.jobs = jobs;
    }

    JobStatus record(RunningJob context, Object result) {
        finish(context, JobStatus.COMPLETED, result, null, EventLevel.INFO, "Completed");
        return JobStatus.COMPLETED;
    }

    /** Never throws: a job whose end cannot be written is recovered as interrupted at next start. */
    JobStatus recordFailure(RunningJob context, Throwable failure, boolean stopping) {
        try {
            if (failure instanceof JobCancelledException) {
                finish(context, JobStatus.CANCELLED, null, null, EventLevel.WARN, "Cancelled");
                return JobStatus.CANCELLED;
            }
            JobError error = errorOf(context, failure, stopping);
            if (failure instanceof JobFailedException || failure instanceof FerryException) {
                LOG.warnf("Job %s (%s) failed: %s %s", context.jobId(), context.job().type(), error.message(),
                        error.context());
            } else {
                // Unexpected: the stack trace goes to the log, never to the API.
                LOG.warnf(failure, "Job %s (%s) failed: %s", context.jobId(), context.job().type(), error.message());
            }
            finish(context, JobStatus.FAILED, null, error, EventLevel.ERROR, "Failed: " + error.message());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not record the end of job %s", context.jobId());
        }
        return JobStatus.FAILED;
    }

    private void finish(RunningJob context, JobStatus status, Object result, JobError error, EventLevel level,
                        String message) {
        boolean written = jobs.finish(context.jobId(), status, context.finalProgress(), result, error, clock.millis(),
                new JobRepository.Transition(level, message));
        if (!written) {
            LOG.warnf("Job %s was no longer running when it ended as %s", context.jobId(), status.id());
        }
    }

    /** The user-facing error: the failure's own message (never a stack trace) and where it happened. */
    static JobError errorOf(RunningJob context, Throwable failure, boolean stopping) {
        Map<String, String> where = new LinkedHashMap<>();
        if (context.phase() != null) {
            where.put("phase", context.phase());
        }
        if (failure instanceof JobFailedException jobFailure) {
            where.putAll(jobFailure.context());
        }
        return new JobError(message(failure, stopping), where);
    }

    private static String message(Throwable failure, boolean stopping) {
        if (stopping && failure instanceof InterruptedException) {
            return INTERRUPTED;
        }
        if (failure instanceof JobFailedException || failure instanceof FerryException) {
            return failure.getMessage();
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
