package dev.ferry.job;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.ferry.state.Jdbc;
import dev.ferry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class JobQueueTest extends JobTestSupport {

    @Inject
    Jdbc jdbc;

    @Inject
    JobRecovery recovery;

    @Test
    void atMostTwoJobsRunAndTheOthersWaitOldestFirst() {
        Job first = submit(TestJobHandler.Params.blocking(1));
        Job second = submit(TestJobHandler.Params.blocking(1));
        Job third = submit(TestJobHandler.Params.blocking(1));
        Job fourth = submit(TestJobHandler.Params.blocking(1));
        awaitStatus(first.id(), "running");
        awaitStatus(second.id(), "running");

        runner.dispatch();
        assertThat(fetch(third.id()).getString("status"), equalTo("pending"));
        assertThat(fetch(fourth.id()).getString("status"), equalTo("pending"));
        Api.asAdmin().get("/api/v1/jobs?status=running").then().statusCode(200).body("total", equalTo(2));

        TestJobHandler.release(first.id(), 1);
        var firstDone = awaitStatus(first.id(), "completed");
        var thirdRunning = awaitStatus(third.id(), "running");
        assertThat(thirdRunning.getLong("startedAt"), greaterThanOrEqualTo(firstDone.getLong("finishedAt")));
        runner.dispatch();
        assertThat(fetch(fourth.id()).getString("status"), equalTo("pending"));

        TestJobHandler.release(second.id(), 1);
        awaitStatus(fourth.id(), "running");
        TestJobHandler.release(third.id(), 1);
        TestJobHandler.release(fourth.id(), 1);
        awaitStatus(third.id(), "completed");
        awaitStatus(fourth.id(), "completed");
    }

    @Test
    void jobQueuedThroughAnotherReplicaIsPickedUpByThePoll() {
        // Written straight to the store, as another replica would: nobody tells this runner about it.
        long now = System.currentTimeMillis();
        Job queued = new Job(UUID.randomUUID(), ORGANIZATION, EchoJobHandler.TYPE, JobStatus.PENDING,
                JsonNodeFactory.instance.objectNode().put("from", "replica-2"), JobProgress.NONE, null, null,
                "replica-2", false, now, null, null, now);
        repository.insert(queued, new JobRepository.Transition(EventLevel.INFO, "Submitted elsewhere"));

        var done = awaitStatus(queued.id(), "completed");
        assertThat(done.getString("result.from"), equalTo("replica-2"));
    }

    @Test
    void jobLeftRunningByDeadProcessFailsAsInterruptedOnRecovery() {
        Job live = submit(TestJobHandler.Params.blocking(1));
        awaitStatus(live.id(), "running");
        UUID orphan = UUID.randomUUID();
        long then = System.currentTimeMillis() - 60_000;
        jdbc.update("INSERT INTO job (id, organization, type, status, parameters, phase, created_by, created_at,"
                        + " started_at, updated_at) VALUES (?, ?, ?, 'running', '{}', 'data', 'ghost', ?, ?, ?)",
                orphan.toString(), ORGANIZATION, TestJobHandler.TYPE, then, then, then);

        assertEquals(1, recovery.recoverInterrupted());

        var failed = fetch(orphan);
        assertThat(failed.getString("status"), equalTo("failed"));
        assertThat(failed.getString("error.message"), equalTo("interrupted"));
        assertThat(failed.getString("error.context.phase"), equalTo("data"));
        assertThat(failed.get("finishedAt"), notNullValue());
        var events = jobs.events(jobs.get(orphan.toString(), ORGANIZATION), 0);
        JobEvent last = events.get(events.size() - 1);
        assertEquals(EventLevel.ERROR, last.level());
        assertThat(last.message(), containsString("Interrupted"));
        // A job this process is running is not an orphan.
        assertThat(fetch(live.id()).getString("status"), equalTo("running"));
        assertEquals(0, recovery.recoverInterrupted());
        TestJobHandler.release(live.id(), 1);
        awaitStatus(live.id(), "completed");
    }
}
