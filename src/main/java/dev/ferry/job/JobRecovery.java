package dev.ferry.job;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Jobs still marked running when Ferry starts were left by a process that died: they fail as
 * "interrupted" (resume is the job type's business, from its checkpoints). Only then does the
 * runner start taking jobs.
 */
@ApplicationScoped
public class JobRecovery {

    private static final Logger LOG = Logger.getLogger(JobRecovery.class);

    private final JobRepository jobs;
    private final JobRunner runner;
    private final JobMetrics metrics;

    public JobRecovery(JobRepository jobs, JobRunner runner, JobMetrics metrics) {
        this.jobs = jobs;
        this.runner = runner;
        this.metrics = metrics;
    }

    /** Called once the server's state store is ready (not in CLI runs, which have no jobs). */
    public void recoverAndStart() {
        int recovered = recoverInterrupted();
        if (recovered > 0) {
            LOG.warnf("%d job(s) were running when Ferry last stopped; marked failed (interrupted)", recovered);
        }
        runner.start();
    }

    /**
     * Fails every running job that this process is not running, and returns how many. With several
     * replicas this must become lease-based (a job is only orphaned once its runner stops renewing).
     */
    public int recoverInterrupted() {
        Set<UUID> mine = runner.activeIds();
        int recovered = 0;
        for (Job job : jobs.running()) {
            if (mine.contains(job.id())) {
                continue;
            }
            String phase = job.progress().phase();
            JobError error = new JobError(JobOutcomes.INTERRUPTED, phase == null ? Map.of() : Map.of("phase", phase));
            var event = new JobRepository.Transition(EventLevel.ERROR,
                    "Interrupted: Ferry stopped while the job was running");
            if (jobs.failRunning(job.id(), error, System.currentTimeMillis(), event)) {
                metrics.ended(job.type(), JobStatus.FAILED);
                recovered++;
            }
        }
        return recovered;
    }
}
