package dev.ferry.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The paths Kubernetes probes and scrapes are served by the running application, unauthenticated. */
@QuarkusTest
class ProbeEndpointsTest {

    private static Deployment ferry() {
        return Kustomize.render("k8s/base").one(Deployment.class, "ferry");
    }

    @Test
    void everyProbePathAnswersUp() {
        Container ferry = PodChecks.container(ferry().getSpec().getTemplate().getSpec(), "ferry");
        List<String> paths = List.of(ferry.getStartupProbe().getHttpGet().getPath(),
                ferry.getLivenessProbe().getHttpGet().getPath(), ferry.getReadinessProbe().getHttpGet().getPath());
        for (String path : paths) {
            RestAssured.given().get(path).then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void scrapeAnnotationPointsAtPrometheusMetrics() {
        String path = ferry().getSpec().getTemplate().getMetadata().getAnnotations().get("prometheus.io/path");
        RestAssured.given().get(path).then().statusCode(200).body(containsString("# TYPE"));
    }
}
