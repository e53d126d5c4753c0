package dev.ferry.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured starting points with Ferry's bearer tokens. */
public final class Api {

    /** The bootstrap admin token configured for the test profile. */
    public static final String ADMIN_TOKEN = "test-admin-token";

    private Api() {
    }

    public static RequestSpecification asAdmin() {
        return as(ADMIN_TOKEN);
    }

    public static RequestSpecification as(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    /** Creates a token with the given role through the API and returns its secret. */
    public static String tokenWithRole(String role) {
        return asAdmin().body("{\"name\":\"" + role + "-" + System.nanoTime() + "\",\"roles\":[\"" + role + "\"]}")
                .post("/api/v1/tokens").then().statusCode(201).extract().path("token");
    }
}
