package dev.ferry.security;

import dev.ferry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class TokenApiTest {

    @Test
    void requestWithoutTokenIsUnauthorizedProblem() {
        RestAssured.given().get("/api/v1/tokens").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void unknownTokenIsUnauthorized() {
        Api.as("fry_not-a-real-token").get("/api/v1/tokens").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void createdTokenIsShownOnceAndAuthenticates() {
        String secret = Api.asAdmin().body("{\"name\":\"ci\",\"roles\":[\"operator\"]}")
                .post("/api/v1/tokens").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/tokens/"))
                .body("token", startsWith("fry_"))
                .body("roles", hasItem("operator"))
                .body("organization", equalTo("default"))
                .extract().path("token");

        Api.asAdmin().get("/api/v1/tokens").then()
                .statusCode(200)
                .body("name", hasItems("ci", "bootstrap admin"))
                .body("token", not(hasItem(notNullValue())));
        // An operator is no admin: it may not manage tokens.
        Api.as(secret).get("/api/v1/tokens").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void viewerCannotWrite() {
        String viewer = Api.tokenWithRole("viewer");
        Api.as(viewer).body("{\"name\":\"x\",\"roles\":[\"viewer\"]}").post("/api/v1/tokens").then()
                .statusCode(403)
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void missingFieldIsNamedInProblem() {
        Api.asAdmin().body("{\"roles\":[\"viewer\"]}").post("/api/v1/tokens").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("detail", containsString("name"));
    }

    @Test
    void unknownRoleIsNamedInProblem() {
        Api.asAdmin().body("{\"name\":\"x\",\"roles\":[\"superuser\"]}").post("/api/v1/tokens").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", startsWith("roles"));
    }

    @Test
    void malformedJsonIsBadRequestWithoutStackTrace() {
        Api.asAdmin().body("{\"name\": ").post("/api/v1/tokens").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"))
                .body(not(containsString("at com.fasterxml")));
    }

    @Test
    void revokedTokenNoLongerAuthenticates() {
        var created = Api.asAdmin().body("{\"name\":\"short-lived\",\"roles\":[\"admin\"]}")
                .post("/api/v1/tokens").then().statusCode(201).extract();
        String id = created.path("id");
        String secret = created.path("token");
        Api.asAdmin().delete("/api/v1/tokens/" + id).then().statusCode(204);
        Api.as(secret).get("/api/v1/tokens").then().statusCode(401);
        Api.asAdmin().delete("/api/v1/tokens/" + id).then().statusCode(404).body("detail", containsString(id));
    }

    @Test
    void operationalEndpointsNeedNoToken() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("state-store"));
        RestAssured.given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/tokens"));
        RestAssured.given().get("/q/swagger-ui/").then().statusCode(200);
        RestAssured.given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void listedTokensCarryNoSecretHash() {
        Api.asAdmin().get("/api/v1/tokens").then().statusCode(200)
                .body("[0].token", nullValue())
                .body(not(containsString("token_hash")));
    }
}
