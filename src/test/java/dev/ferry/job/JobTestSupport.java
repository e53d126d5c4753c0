package dev.ferry.job;

import dev.ferry.support.Api;
import dev.ferry.support.Await;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.UUID;

/**
 * Shared by the job tests: jobs are submitted through the service (as features will) and observed
 * through the API. Every test starts and ends with no job running, so the concurrency limit is
 * all theirs.
 */
abstract class JobTestSupport {

    static final String ORGANIZATION = "default";

    @Inject
    JobService jobs;

    @Inject
    JobRunner runner;

    @Inject
    JobRepository repository;

    @BeforeEach
    void noJobRunningOrQueued() {
        Await.until("no job running or queued, in any organization",
                () -> runner.activeIds().isEmpty() && repository.oldestPending(1).isEmpty());
    }

    @AfterEach
    void stopLeftoverJobs() {
        for (Job job : jobs.list(ORGANIZATION, null, JobStatus.PENDING, 0, JobService.MAX_PAGE_SIZE).items()) {
            cancelQuietly(job);
        }
        for (Job job : jobs.list(ORGANIZATION, null, JobStatus.RUNNING, 0, JobService.MAX_PAGE_SIZE).items()) {
            cancelQuietly(job);
        }
        TestJobHandler.releaseAll();
        Await.until("leftover jobs stopped", () -> runner.activeIds().isEmpty());
    }

    Job submit(TestJobHandler.Params params) {
        return jobs.submit(TestJobHandler.TYPE, ORGANIZATION, params, "job-test");
    }

    /** The job as the API shows it. */
    static JsonPath fetch(UUID id) {
        return Api.asAdmin().get("/api/v1/jobs/" + id).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitStatus(UUID id, String status) {
        return Await.until("job " + id + " " + status, () -> fetch(id), job -> status.equals(job.getString("status")));
    }

    static JsonPath awaitItemsDone(UUID id, int done) {
        return Await.until("job " + id + " at item " + done, () -> fetch(id),
                job -> Integer.valueOf(done).equals(job.get("progress.itemsDone")));
    }

    private void cancelQuietly(Job job) {
        try {
            jobs.cancel(job.id().toString(), job.organization(), "cleanup");
        } catch (RuntimeException ignored) {
            // Ended meanwhile.
        }
    }
}
