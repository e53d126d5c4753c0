package dev.ferry.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import static dev.ferry.deploy.PodChecks.container;
import static dev.ferry.deploy.PodChecks.env;
import static dev.ferry.deploy.PodChecks.volume;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Renders k8s/ with kubectl kustomize and checks what the cluster would actually get. */
class KubernetesManifestsTest {

    private static final String BASE = "k8s/base";
    private static final String HA = "k8s/overlays/ha";

    /** Secret templates that the operator turns into real Secrets, per kustomization. */
    private static final Map<String, List<String>> SECRET_TEMPLATES = Map.of(
            BASE, List.of("k8s/base/secret.example.yaml"),
            HA, List.of("k8s/base/secret.example.yaml", "k8s/overlays/ha/state-secret.example.yaml"),
            "k8s/cronjobs", List.of("k8s/cronjobs/secret.example.yaml"));

    static Manifests secretTemplates(String dir) {
        return SECRET_TEMPLATES.get(dir).stream().map(f -> Manifests.read(Kustomize.ROOT.resolve(f)))
                .reduce(Manifests::plus).orElseThrow();
    }

    private static Deployment ferry(Manifests rendered) {
        return rendered.one(Deployment.class, "ferry");
    }

    @ParameterizedTest
    @ValueSource(strings = {BASE, HA})
    void ferryPodRunsAsNonRootWithReadOnlyRootFilesystemAndNoPrivileges(String dir) {
        PodSpec pod = ferry(Kustomize.render(dir)).getSpec().getTemplate().getSpec();
        PodChecks.assertHardened(pod);
        assertFalse(pod.getEnableServiceLinks(), "service links would put FERRY_PORT=tcp://... and other variables into the pod environment");
    }

    @ParameterizedTest
    @ValueSource(strings = {BASE, HA})
    void probesUseQuarkusHealthEndpointsOnTheHttpPort(String dir) {
        Container ferry = container(ferry(Kustomize.render(dir)).getSpec().getTemplate().getSpec(), "ferry");
        assertProbe(ferry, ferry.getStartupProbe(), "/q/health/started");
        assertProbe(ferry, ferry.getLivenessProbe(), "/q/health/live");
        assertProbe(ferry, ferry.getReadinessProbe(), "/q/health/ready");
    }

    private static void assertProbe(Container container, Probe probe, String path) {
        assertNotNull(probe, "probe for " + path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals(8080, PodChecks.resolvePort(container, probe.getHttpGet().getPort()));
    }

    @ParameterizedTest
    @ValueSource(strings = {BASE, HA})
    void dataDirectoryIsAPersistentVolumeClaimAndTmpIsWritable(String dir) {
        Manifests rendered = Kustomize.render(dir);
        PodSpec pod = ferry(rendered).getSpec().getTemplate().getSpec();
        Container ferry = container(pod, "ferry");
        Volume data = volume(pod, ferry, "/data");
        assertNotNull(data.getPersistentVolumeClaim(), "/data must outlive the pod");
        rendered.one(PersistentVolumeClaim.class, data.getPersistentVolumeClaim().getClaimName());
        assertNotNull(volume(pod, ferry, "/tmp").getEmptyDir(), "sqlite-jdbc unpacks its native library into /tmp");
        String dataDir = rendered.one(ConfigMap.class, "ferry-config").getData().get("FERRY_DATA_DIR");
        assertEquals("/data", dataDir, "FERRY_DATA_DIR must point at the mounted volume");
    }

    @ParameterizedTest
    @ValueSource(strings = {BASE, HA, "k8s/cronjobs"})
    void everySecretKeyRefIsInTheSecretTemplatesAndNoSecretIsCommitted(String dir) {
        Manifests rendered = Kustomize.render(dir);
        Manifests templates = secretTemplates(dir);
        assertTrue(rendered.all(Secret.class).isEmpty(), "secrets are created by the operator, never applied from git");
        List<EnvVar> refs = PodChecks.podSpecs(rendered).stream()
                .flatMap(pod -> pod.getContainers().stream()).flatMap(c -> c.getEnv().stream())
                .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null).toList();
        assertFalse(refs.isEmpty(), dir + " reads no secret at all");
        assertAll(refs.stream().map(env -> () -> {
            var ref = env.getValueFrom().getSecretKeyRef();
            Secret template = templates.one(Secret.class, ref.getName());
            assertTrue(template.getStringData().containsKey(ref.getKey()),
                    env.getName() + " reads key " + ref.getKey() + " missing from the template of " + ref.getName());
        }));
        assertAll(templates.all(Secret.class).stream().map(template -> () -> {
            assertTrue(template.getData() == null || template.getData().isEmpty(), "templates show stringData in clear");
            template.getStringData().forEach((key, value) -> {
                if (key.matches(".*(key|token|password).*")) {
                    assertTrue(value.contains("REPLACE_ME"), template.getMetadata().getName() + "/" + key + " must be a placeholder");
                }
            });
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {BASE, HA, "k8s/cronjobs"})
    void everyReferencedConfigMapIsRendered(String dir) {
        Manifests rendered = Kustomize.render(dir);
        List<String> referenced = PodChecks.configMapReferences(rendered);
        assertFalse(referenced.isEmpty(), dir + " references no ConfigMap");
        assertAll(referenced.stream().map(name -> () -> rendered.one(ConfigMap.class, name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {BASE, HA})
    void serviceSelectsFerryPodsAndTargetsItsHttpPort(String dir) {
        Manifests rendered = Kustomize.render(dir);
        Deployment deployment = ferry(rendered);
        Service service = rendered.one(Service.class, "ferry");
        assertEquals("ClusterIP", service.getSpec().getType());
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()), "selector " + podLabels);
        assertEquals(deployment.getSpec().getSelector().getMatchLabels(), service.getSpec().getSelector());
        ServicePort http = service.getSpec().getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst().orElseThrow();
        assertEquals(8080, http.getPort());
        Container ferry = container(deployment.getSpec().getTemplate().getSpec(), "ferry");
        assertEquals(8080, PodChecks.resolvePort(ferry, http.getTargetPort()));
    }

    @ParameterizedTest
    @ValueSource(strings = {BASE, HA})
    void resourcesAreSetAndTheNativeHeapAndCpuCountFitTheLimits(String dir) {
        Container ferry = container(ferry(Kustomize.render(dir)).getSpec().getTemplate().getSpec(), "ferry");
        PodChecks.assertResourcesSet(ferry);
        Map<String, Quantity> limits = ferry.getResources().getLimits();
        long heap = PodChecks.numericOption(ferry.getArgs(), "-Xmx");
        BigDecimal memoryLimit = Quantity.getAmountInBytes(limits.get("memory"));
        assertTrue(BigDecimal.valueOf(heap).compareTo(memoryLimit.multiply(BigDecimal.valueOf(0.8))) <= 0,
                "-Xmx leaves no room for off-heap memory under " + limits.get("memory"));
        long cpus = PodChecks.numericOption(ferry.getArgs(), "-XX:ActiveProcessorCount=");
        BigDecimal cpuLimit = Quantity.getAmountInBytes(limits.get("cpu"));
        assertTrue(cpus >= 1 && BigDecimal.valueOf(cpus).compareTo(cpuLimit.setScale(0, RoundingMode.CEILING)) <= 0,
                "ActiveProcessorCount " + cpus + " vs cpu limit " + cpuLimit);
        assertTrue(ferry.getImage().matches("[^:]+:[^:]+") && !ferry.getImage().endsWith(":latest"), ferry.getImage());
    }

    @Test
    void baseRunsOneReplicaOnAReadWriteOnceVolumeWithoutOverlap() {
        Manifests rendered = Kustomize.render(BASE);
        Deployment deployment = ferry(rendered);
        assertEquals(1, deployment.getSpec().getReplicas());
        assertEquals("Recreate", deployment.getSpec().getStrategy().getType(), "two pods must never share the SQLite file");
        assertEquals(List.of("ReadWriteOnce"), rendered.one(PersistentVolumeClaim.class, "ferry-data").getSpec().getAccessModes());
        ServiceAccount account = rendered.one(ServiceAccount.class, deployment.getSpec().getTemplate().getSpec().getServiceAccountName());
        assertFalse(account.getAutomountServiceAccountToken());
        Container ferry = container(deployment.getSpec().getTemplate().getSpec(), "ferry");
        assertTrue(env(ferry, "FERRY_STATE_URL").isEmpty(), "the base keeps its state in SQLite");
    }

    @Test
    void haOverlayRunsSeveralReplicasOnPostgresqlWithASharedDataVolume() {
        Manifests rendered = Kustomize.render(HA);
        Deployment deployment = ferry(rendered);
        int replicas = deployment.getSpec().getReplicas();
        assertTrue(replicas > 1, "replicas " + replicas);
        assertEquals("RollingUpdate", deployment.getSpec().getStrategy().getType());
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container ferry = container(pod, "ferry");
        var stateUrl = env(ferry, "FERRY_STATE_URL").orElseGet(() -> fail("HA needs FERRY_STATE_URL"))
                .getValueFrom().getSecretKeyRef();
        String url = secretTemplates(HA).one(Secret.class, stateUrl.getName()).getStringData().get(stateUrl.getKey());
        assertTrue(url.startsWith("jdbc:postgresql://"), url);
        assertTrue(env(ferry, "FERRY_STATE_PASSWORD").isPresent());
        // Pods on different nodes cannot share a ReadWriteOnce volume.
        String claim = volume(pod, ferry, "/data").getPersistentVolumeClaim().getClaimName();
        assertEquals(List.of("ReadWriteMany"), rendered.one(PersistentVolumeClaim.class, claim).getSpec().getAccessModes());

        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        PodDisruptionBudget pdb = rendered.only(PodDisruptionBudget.class);
        assertTrue(podLabels.entrySet().containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet()));
        assertTrue(pdb.getSpec().getMaxUnavailable().getIntVal() < replicas);
        List<WeightedPodAffinityTerm> spread = pod.getAffinity().getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution();
        assertTrue(spread.stream().anyMatch(term -> "kubernetes.io/hostname".equals(term.getPodAffinityTerm().getTopologyKey())
                && podLabels.entrySet().containsAll(term.getPodAffinityTerm().getLabelSelector().getMatchLabels().entrySet())),
                "replicas should prefer different nodes");
    }
}
