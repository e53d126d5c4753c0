package dev.ferry.job;

import dev.ferry.support.Api;
import dev.ferry.support.SseClient;
import dev.ferry.support.SseClient.Event;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class JobEventsStreamTest extends JobTestSupport {

    @TestHTTPResource("/api/v1/jobs")
    URL jobsUrl;

    @Test
    void streamSendsHistoryThenLiveEventsUntilJobEnds() {
        Job job = submit(TestJobHandler.Params.blocking(3));
        TestJobHandler.release(job.id(), 1);
        awaitItemsDone(job.id(), 1);

        try (SseClient sse = open(job.id(), null)) {
            assertThat(sse.status(), equalTo(200));
            assertThat(sse.contentType(), startsWith("text/event-stream"));
            List<Event> events = new ArrayList<>(sse.readUntil(e -> isLog(e, "Step 1 of 3")));
            // Step 2 is released only now: whatever follows was delivered live.
            TestJobHandler.release(job.id(), 2);
            List<Event> live = sse.readToEnd();
            events.addAll(live);

            assertThat(messages(events), contains("Submitted by job-test", "Started", "Step 1 of 3", "Step 2 of 3",
                    "Step 3 of 3", "Completed"));
            assertThat(messages(live), hasItem("Step 2 of 3"));
            assertThat(ids(events), contains("1", "2", "3", "4", "5", "6"));
            assertThat(statuses(events, "progress"), hasItem("running"));
            Event end = events.get(events.size() - 1);
            assertThat(end.name(), equalTo("end"));
            assertThat(json(end).getString("status"), equalTo("completed"));
            assertThat(json(end).getInt("result.steps"), equalTo(3));
        }
    }

    @Test
    void streamOfEndedJobReplaysHistoryAndCompletes() {
        Job job = submit(TestJobHandler.Params.immediate(1));
        awaitStatus(job.id(), "completed");

        try (SseClient sse = open(job.id(), null)) {
            List<Event> events = sse.readToEnd();
            assertThat(messages(events), contains("Submitted by job-test", "Started", "Step 1 of 1", "Completed"));
            assertThat(events.get(events.size() - 1).name(), equalTo("end"));
        }
    }

    @Test
    void reconnectingWithLastEventIdSkipsEventsAlreadySeen() {
        Job job = submit(TestJobHandler.Params.immediate(1));
        awaitStatus(job.id(), "completed");

        try (SseClient sse = open(job.id(), "2")) {
            List<Event> events = sse.readToEnd();
            assertThat(messages(events), contains("Step 1 of 1", "Completed"));
            assertThat(ids(events), contains("3", "4"));
        }
    }

    @Test
    void streamOfCancelledJobEndsCancelled() {
        Job job = submit(TestJobHandler.Params.blocking(2));
        awaitStatus(job.id(), "running");

        try (SseClient sse = open(job.id(), null)) {
            sse.readUntil(e -> isLog(e, "Started"));
            Api.asAdmin().post("/api/v1/jobs/" + job.id() + "/cancel").then().statusCode(202);
            TestJobHandler.release(job.id(), 1);
            List<Event> rest = sse.readToEnd();
            assertThat(messages(rest), contains("Cancel requested by bootstrap admin", "Cancelled"));
            assertThat(json(rest.get(rest.size() - 1)).getString("status"), equalTo("cancelled"));
        }
    }

    @Test
    void streamOfUnknownJobIsNotFoundProblem() {
        Api.asAdmin().accept("text/event-stream").get("/api/v1/jobs/" + UUID.randomUUID() + "/events").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void streamNeedsToken() {
        RestAssured.given().accept("text/event-stream").get("/api/v1/jobs/" + UUID.randomUUID() + "/events").then()
                .statusCode(401);
    }

    private SseClient open(UUID id, String lastEventId) {
        return SseClient.open(URI.create(jobsUrl + "/" + id + "/events"), Api.ADMIN_TOKEN, lastEventId);
    }

    private static boolean isLog(Event event, String message) {
        return event.name().equals("log") && json(event).getString("message").equals(message);
    }

    private static List<String> messages(List<Event> events) {
        return events.stream().filter(e -> e.name().equals("log")).map(e -> json(e).getString("message")).toList();
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().filter(e -> e.name().equals("log")).map(Event::id).toList();
    }

    private static List<String> statuses(List<Event> events, String name) {
        return events.stream().filter(e -> e.name().equals(name)).map(e -> json(e).getString("status")).toList();
    }

    private static JsonPath json(Event event) {
        return JsonPath.from(event.data());
    }
}
