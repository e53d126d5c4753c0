package dev.ferry.job;

import dev.ferry.error.FerryException;
import dev.ferry.support.Api;
import dev.ferry.support.Await;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class JobLifecycleTest extends JobTestSupport {

    @Inject
    JobCheckpointRepository checkpoints;

    @Test
    void jobGoesFromPendingThroughRunningToCompletedWithProgressAndResult() {
        Job job = submit(TestJobHandler.Params.blocking(3));
        assertEquals(JobStatus.PENDING, job.status());

        awaitStatus(job.id(), "running");
        // The handler reports its first progress just after the job is claimed.
        var running = awaitItemsDone(job.id(), 0);
        assertThat(running.getString("status"), equalTo("running"));
        assertThat(running.getLong("startedAt"), greaterThanOrEqualTo(job.createdAt()));
        assertThat(running.getString("progress.phase"), equalTo("working"));
        assertThat(running.getInt("progress.itemsTotal"), equalTo(3));

        TestJobHandler.release(job.id(), 1);
        var oneDone = awaitItemsDone(job.id(), 1);
        assertThat(oneDone.getInt("progress.rows"), equalTo(10));
        assertThat(oneDone.getInt("progress.bytes"), equalTo(1000));
        assertThat(oneDone.get("progress.etaSeconds"), notNullValue());
        assertThat(oneDone.getString("status"), equalTo("running"));

        TestJobHandler.release(job.id(), 2);
        var done = awaitStatus(job.id(), "completed");
        assertThat(done.getInt("result.steps"), equalTo(3));
        assertThat(done.getInt("progress.itemsDone"), equalTo(3));
        assertThat(done.getInt("progress.rows"), equalTo(30));
        assertThat(done.getInt("parameters.steps"), equalTo(3));
        assertThat(done.getString("createdBy"), equalTo("job-test"));
        assertThat(done.getLong("finishedAt"), greaterThanOrEqualTo(done.getLong("startedAt")));
        assertThat(done.get("error"), nullValue());
        assertThat(checkpoints.all(job.id()).get("step").get("done").asInt(), equalTo(3));
    }

    @Test
    void failedJobShowsMessageAndContextWithoutStackTrace() {
        Job job = submit(new TestJobHandler.Params(1, false, "duplicate key 42 in orders", Map.of("table", "orders"), null));

        awaitStatus(job.id(), "failed");
        Api.asAdmin().get("/api/v1/jobs/" + job.id()).then()
                .statusCode(200)
                .body("error.message", equalTo("duplicate key 42 in orders"))
                .body("error.context.table", equalTo("orders"))
                .body("error.context.phase", equalTo("working"))
                .body("finishedAt", notNullValue())
                .body(not(containsString("JobFailedException")))
                .body(not(containsString("at dev.ferry")));
    }

    @Test
    void unexpectedExceptionFailsJobWithItsMessageOnly() {
        Job job = submit(new TestJobHandler.Params(0, false, null, null, "disk full"));

        awaitStatus(job.id(), "failed");
        Api.asAdmin().get("/api/v1/jobs/" + job.id()).then()
                .body("error.message", equalTo("disk full"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void cancellingRunningJobStopsItAtItsNextCheck() {
        Job job = submit(TestJobHandler.Params.blocking(5));
        TestJobHandler.release(job.id(), 1);
        awaitItemsDone(job.id(), 1);

        Api.asAdmin().post("/api/v1/jobs/" + job.id() + "/cancel").then()
                .statusCode(202)
                .header("Location", containsString("/api/v1/jobs/" + job.id()))
                .body("status", equalTo("running"))
                .body("cancelRequested", equalTo(true));

        TestJobHandler.release(job.id(), 1);
        var cancelled = awaitStatus(job.id(), "cancelled");
        // The handler saw the cancel before its second step.
        assertThat(cancelled.getInt("progress.itemsDone"), equalTo(1));
        assertThat(cancelled.getLong("finishedAt"), notNullValue());
    }

    @Test
    void cancellingPendingJobCancelsItAtOnce() {
        Job first = submit(TestJobHandler.Params.blocking(1));
        Job second = submit(TestJobHandler.Params.blocking(1));
        Job queued = submit(TestJobHandler.Params.blocking(1));
        awaitStatus(first.id(), "running");
        awaitStatus(second.id(), "running");

        Api.asAdmin().post("/api/v1/jobs/" + queued.id() + "/cancel").then()
                .statusCode(202)
                .body("status", equalTo("cancelled"))
                .body("startedAt", nullValue());

        TestJobHandler.release(first.id(), 1);
        awaitStatus(first.id(), "completed");
        TestJobHandler.release(second.id(), 1);
        awaitStatus(second.id(), "completed");
        assertThat(fetch(queued.id()).getString("status"), equalTo("cancelled"));
    }

    @Test
    void cancellingEndedJobIsConflict() {
        Job job = submit(TestJobHandler.Params.immediate(1));
        awaitStatus(job.id(), "completed");

        Api.asAdmin().post("/api/v1/jobs/" + job.id() + "/cancel").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("completed"));
    }

    @Test
    void unknownJobTypeIsRejectedAtSubmit() {
        FerryException e = assertThrows(FerryException.class,
                () -> jobs.submit("no-such-type", ORGANIZATION, Map.of(), "job-test"));
        assertEquals(FerryException.Kind.INVALID, e.kind());
        assertEquals("type", e.fieldErrors().get(0).field());
    }

    @Test
    void jobOutcomesAndRowsAreCounted() {
        Job job = submit(TestJobHandler.Params.immediate(2));
        awaitStatus(job.id(), "completed");

        Await.until("metrics scraped", () -> RestAssured.given().get("/q/metrics").asString(),
                metrics -> metrics.contains("ferry_jobs_completed_total{type=\"test\"}"));
        String metrics = RestAssured.given().get("/q/metrics").asString();
        assertThat(metrics, containsString("ferry_jobs_started_total{type=\"test\"}"));
        assertThat(metrics, containsString("ferry_jobs_rows_total{type=\"test\"}"));
        assertThat(metrics, containsString("ferry_jobs_bytes_total{type=\"test\"}"));
        assertThat(metrics, containsString("ferry_jobs_duration_seconds_count{status=\"completed\",type=\"test\"}"));
    }
}
