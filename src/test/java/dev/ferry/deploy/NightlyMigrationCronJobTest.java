package dev.ferry.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.PodFailurePolicyRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.ferry.deploy.PodChecks.container;
import static dev.ferry.deploy.PodChecks.volume;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The nightly production-to-staging CronJob: its manifest, and its script run for real (sh + curl)
 * against a fake Ferry on loopback, so "exits non-zero unless the job completed" is observed.
 */
class NightlyMigrationCronJobTest {

    private static final String DIR = "k8s/cronjobs";
    private static final String TOKEN = "fry_cron-test-token";

    @TempDir
    Path tmp;

    private static CronJob cronJob() {
        return Kustomize.render(DIR).one(CronJob.class, "ferry-nightly-migration");
    }

    private static PodSpec pod() {
        return cronJob().getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
    }

    @Test
    void runsNeverOverlapAndHistoryIsBounded() {
        var spec = cronJob().getSpec();
        assertEquals("Forbid", spec.getConcurrencyPolicy());
        assertNotNull(spec.getSuccessfulJobsHistoryLimit());
        assertNotNull(spec.getFailedJobsHistoryLimit());
        JobSpec job = spec.getJobTemplate().getSpec();
        assertNotNull(job.getBackoffLimit());
        assertNotNull(job.getActiveDeadlineSeconds(), "a hung run must not block the next night's run forever");
        assertEquals("Never", pod().getRestartPolicy());
        PodChecks.assertHardened(pod());
        PodChecks.assertResourcesSet(container(pod(), "migrate"));
    }

    @Test
    void jobFailsWithoutRetryWhenTheScriptReportsAFerryJobThatDidNotComplete() {
        JobSpec job = cronJob().getSpec().getJobTemplate().getSpec();
        List<PodFailurePolicyRule> rules = job.getPodFailurePolicy().getRules();
        assertTrue(rules.stream().anyMatch(rule -> rule.getAction().equals("FailJob")
                        && rule.getOnExitCodes() != null
                        && rule.getOnExitCodes().getContainerName().equals("migrate")
                        && rule.getOnExitCodes().getOperator().equals("In")
                        && rule.getOnExitCodes().getValues().containsAll(List.of(1, 2))),
                "exit 1 (job not completed) and 2 (rejected) must fail the Job at once: " + rules);
        long waitSeconds = Long.parseLong(settings().get("MAX_WAIT_SECONDS"));
        assertTrue(job.getActiveDeadlineSeconds() > waitSeconds, "the script must get to cancel Ferry's job before Kubernetes kills it");
    }

    @Test
    void scriptInTheConfigMapIsTheCommittedFile() throws IOException {
        assertEquals(Files.readString(Kustomize.ROOT.resolve(DIR).resolve("scripts/nightly-migration.sh")), script());
        Map<String, String> settings = settings();
        assertEquals("http://ferry:8080", settings.get("FERRY_URL"), "the Service of k8s/base");
        assertTrue(settings.containsKey("SOURCE_CONNECTION_ID") && settings.containsKey("TARGET_CONNECTION_ID"));
    }

    @Test
    void completedJobExitsZeroAfterPollingPastRunningAndNestedStatuses() throws Exception {
        try (var ferry = new FakeFerry(202, "pending", "running", "running", "completed")) {
            Run run = runScript(ferry, Map.of());
            assertEquals(0, run.exit(), run.output());
            var post = ferry.requests("POST", "/api/v1/migrations");
            assertThat(post, hasSize(1));
            assertEquals("Bearer " + TOKEN, post.get(0).authorization());
            assertThat(post.get(0).body(), containsString("\"sourceConnectionId\": \"prod-1\""));
            assertThat(post.get(0).body(), containsString("\"targetConnectionId\": \"staging-2\""));
            assertThat(post.get(0).body(), containsString("\"force\": true"));
            assertThat(ferry.requests("GET", "/api/v1/jobs/" + FakeFerry.JOB_ID), hasSize(greaterThanOrEqualTo(4)));
            assertThat(run.output(), containsString("completed"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"failed", "cancelled"})
    void jobThatEndsWithoutCompletingExitsOne(String status) throws Exception {
        try (var ferry = new FakeFerry(202, "running", status)) {
            Run run = runScript(ferry, Map.of());
            assertEquals(1, run.exit(), run.output());
            assertThat(run.output(), containsString("ended " + status));
        }
    }

    @Test
    void rejectedMigrationExitsTwoWithoutPolling() throws Exception {
        try (var ferry = new FakeFerry(400)) {
            Run run = runScript(ferry, Map.of());
            assertEquals(2, run.exit(), run.output());
            assertThat(run.output(), containsString("Invalid request"));
            assertThat(ferry.requests("GET", "/api/v1/jobs/" + FakeFerry.JOB_ID), hasSize(0));
        }
    }

    @Test
    void jobStillRunningAtTheDeadlineIsCancelledAndExitsOne() throws Exception {
        try (var ferry = new FakeFerry(202, "running")) {
            Run run = runScript(ferry, Map.of("MAX_WAIT_SECONDS", "1", "POLL_INTERVAL_SECONDS", "0.2"));
            assertEquals(1, run.exit(), run.output());
            assertThat(ferry.requests("POST", "/api/v1/jobs/" + FakeFerry.JOB_ID + "/cancel"), hasSize(1));
        }
    }

    @Test
    void unreachableFerryExitsThreeSoKubernetesRetries() throws Exception {
        String url;
        try (var ferry = new FakeFerry(202, "completed")) {
            url = ferry.url();
        }
        Run run = runScript(url, Map.of());
        assertEquals(3, run.exit(), run.output());
    }

    private static String script() {
        Container container = container(pod(), "migrate");
        String command = container.getCommand().get(container.getCommand().size() - 1);
        Volume scripts = volume(pod(), container, command.substring(0, command.lastIndexOf('/')));
        ConfigMap configMap = Kustomize.render(DIR).one(ConfigMap.class, scripts.getConfigMap().getName());
        String key = command.substring(command.lastIndexOf('/') + 1);
        return configMap.getData().get(key);
    }

    private static Map<String, String> settings() {
        String name = container(pod(), "migrate").getEnvFrom().get(0).getConfigMapRef().getName();
        return Kustomize.render(DIR).one(ConfigMap.class, name).getData();
    }

    record Run(int exit, String output) { }

    private Run runScript(FakeFerry ferry, Map<String, String> overrides) throws Exception {
        return runScript(ferry.url(), overrides);
    }

    private Run runScript(String ferryUrl, Map<String, String> overrides) throws Exception {
        Path script = Files.writeString(tmp.resolve("nightly-migration.sh"), script());
        Path output = tmp.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder("sh", script.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", System.getenv("PATH"));
        env.putAll(settings());
        Map<String, String> test = new HashMap<>(Map.of("FERRY_URL", ferryUrl, "FERRY_TOKEN", TOKEN,
                "SOURCE_CONNECTION_ID", "prod-1", "TARGET_CONNECTION_ID", "staging-2", "POLL_INTERVAL_SECONDS", "0"));
        test.putAll(overrides);
        env.putAll(test);
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("script still running after 30 s:\n" + Files.readString(output));
        }
        return new Run(process.exitValue(), Files.readString(output));
    }
}
