package dev.ferry.job;

import dev.ferry.support.Api;
import dev.ferry.support.Await;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class JobApiTest extends JobTestSupport {

    @Test
    void historyIsPagedNewestFirstWithTotal() {
        String organization = "paging-" + UUID.randomUUID();
        String viewer = tokenIn(organization, "viewer");
        for (int n = 1; n <= 5; n++) {
            jobs.submit(EchoJobHandler.TYPE, organization, Map.of("n", n), "job-test");
        }
        awaitCompleted(organization, 5);

        Api.as(viewer).get("/api/v1/jobs?size=2").then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items.parameters.n", contains(5, 4))
                .body("items.result.n", contains(5, 4));
        Api.as(viewer).get("/api/v1/jobs?page=1&size=2").then().body("items.parameters.n", contains(3, 2));
        Api.as(viewer).get("/api/v1/jobs?page=2&size=2").then().body("items.parameters.n", contains(1));
        Api.as(viewer).get("/api/v1/jobs?page=3&size=2").then().body("items", hasSize(0)).body("total", equalTo(5));
    }

    @Test
    void historyFiltersByTypeAndStatus() {
        String organization = "filters-" + UUID.randomUUID();
        String viewer = tokenIn(organization, "viewer");
        jobs.submit(EchoJobHandler.TYPE, organization, Map.of(), "job-test");
        jobs.submit(EchoJobHandler.TYPE, organization, Map.of(), "job-test");
        Job failing = jobs.submit(TestJobHandler.TYPE, organization,
                new TestJobHandler.Params(0, false, "nope", null, null), "job-test");
        Await.until("three jobs ended", () -> jobs.list(organization, null, null, 0, 10).items().stream()
                .allMatch(j -> j.status().isTerminal()));

        Api.as(viewer).get("/api/v1/jobs?type=echo").then().body("total", equalTo(2))
                .body("items.type", contains("echo", "echo"));
        Api.as(viewer).get("/api/v1/jobs?status=failed").then().body("total", equalTo(1))
                .body("items[0].id", equalTo(failing.id().toString()));
        Api.as(viewer).get("/api/v1/jobs?type=echo&status=completed").then().body("total", equalTo(2));
        Api.as(viewer).get("/api/v1/jobs?type=echo&status=failed").then().body("total", equalTo(0));
        Api.as(viewer).get("/api/v1/jobs?type=migration").then().body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void badFiltersAreNamedInProblem() {
        Api.asAdmin().get("/api/v1/jobs?status=done").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("status"));
        Api.asAdmin().get("/api/v1/jobs?size=0").then().statusCode(400).body("errors.field", hasItem("size"));
        Api.asAdmin().get("/api/v1/jobs?size=201").then().statusCode(400).body("errors.field", hasItem("size"));
        Api.asAdmin().get("/api/v1/jobs?page=-1").then().statusCode(400).body("errors.field", hasItem("page"));
        Api.asAdmin().get("/api/v1/jobs?page=first").then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void anotherOrganizationsJobIsNotFound() {
        String organization = "other-" + UUID.randomUUID();
        Job theirs = jobs.submit(EchoJobHandler.TYPE, organization, Map.of(), "job-test");

        Api.asAdmin().get("/api/v1/jobs/" + theirs.id()).then().statusCode(404)
                .contentType("application/problem+json");
        Api.asAdmin().post("/api/v1/jobs/" + theirs.id() + "/cancel").then().statusCode(404);
        Api.asAdmin().get("/api/v1/jobs?type=echo").then().body("items.id", not(hasItem(theirs.id().toString())));
        Api.as(tokenIn(organization, "viewer")).get("/api/v1/jobs/" + theirs.id()).then().statusCode(200);
    }

    @Test
    void unknownOrMalformedJobIdIsNotFound() {
        Api.asAdmin().get("/api/v1/jobs/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Not found"));
        Api.asAdmin().get("/api/v1/jobs/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void everyJobEndpointNeedsToken() {
        String id = UUID.randomUUID().toString();
        RestAssured.given().get("/api/v1/jobs").then().statusCode(401).contentType("application/problem+json");
        RestAssured.given().get("/api/v1/jobs/" + id).then().statusCode(401);
        RestAssured.given().post("/api/v1/jobs/" + id + "/cancel").then().statusCode(401);
    }

    @Test
    void viewerReadsButMayNotCancelWhileOperatorMay() {
        Job job = submit(TestJobHandler.Params.blocking(1));
        String viewer = Api.tokenWithRole("viewer");
        String operator = Api.tokenWithRole("operator");

        Api.as(viewer).get("/api/v1/jobs").then().statusCode(200);
        Api.as(viewer).get("/api/v1/jobs/" + job.id()).then().statusCode(200);
        Api.as(viewer).post("/api/v1/jobs/" + job.id() + "/cancel").then().statusCode(403)
                .contentType("application/problem+json");
        Api.as(operator).post("/api/v1/jobs/" + job.id() + "/cancel").then().statusCode(202)
                .body("cancelRequested", equalTo(true));
    }

    @Test
    void jobEndpointsAreDocumented() {
        RestAssured.given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/jobs/{id}/events"))
                .body(containsString("/api/v1/jobs/{id}/cancel"))
                .body(containsString("JobPage"));
    }

    @Test
    void acceptedResponsePointsAtTheJob() {
        Job job = jobs.submit(EchoJobHandler.TYPE, ORGANIZATION, Map.of(), "job-test");
        var response = JobResponses.accepted(job);
        assertEquals(202, response.getStatus());
        assertTrue(response.getLocation().toString().endsWith("/api/v1/jobs/" + job.id()));
        assertSame(job, response.getEntity());
    }

    private static String tokenIn(String organization, String role) {
        return Api.asAdmin().body("{\"name\":\"" + role + "\",\"roles\":[\"" + role + "\"],\"organization\":\""
                + organization + "\"}").post("/api/v1/tokens").then().statusCode(201).extract().path("token");
    }

    private void awaitCompleted(String organization, int count) {
        Await.until(count + " jobs completed", () -> jobs.list(organization, null, JobStatus.COMPLETED, 0, 10).total(),
                total -> total == count);
    }
}
