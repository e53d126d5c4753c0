package dev.ferry.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Lookups and assertions shared by the Deployment and CronJob pod templates. */
final class PodChecks {

    private PodChecks() {
    }

    static List<PodSpec> podSpecs(Manifests rendered) {
        return Stream.concat(
                rendered.all(Deployment.class).stream().map(d -> d.getSpec().getTemplate().getSpec()),
                rendered.all(CronJob.class).stream().map(c -> c.getSpec().getJobTemplate().getSpec().getTemplate().getSpec()))
                .toList();
    }

    static Container container(PodSpec pod, String name) {
        return pod.getContainers().stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElseGet(() -> fail("no container " + name));
    }

    static Optional<EnvVar> env(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst();
    }

    /** The volume mounted at a path, which must exist in the pod. */
    static Volume volume(PodSpec pod, Container container, String mountPath) {
        VolumeMount mount = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(mountPath))
                .findFirst().orElseGet(() -> fail(container.getName() + " mounts nothing at " + mountPath));
        return pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst()
                .orElseGet(() -> fail("mount " + mountPath + " names a missing volume " + mount.getName()));
    }

    /** Names of ConfigMaps the pods read, through envFrom or volumes. */
    static List<String> configMapReferences(Manifests rendered) {
        return podSpecs(rendered).stream().flatMap(pod -> Stream.concat(
                pod.getContainers().stream().flatMap(c -> c.getEnvFrom().stream())
                        .filter(e -> e.getConfigMapRef() != null).map(e -> e.getConfigMapRef().getName()),
                pod.getVolumes().stream().filter(v -> v.getConfigMap() != null).map(v -> v.getConfigMap().getName())))
                .toList();
    }

    /** A probe or Service port, by number or by container port name, as the container number. */
    static int resolvePort(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            assertTrue(container.getPorts().stream().anyMatch(p -> p.getContainerPort().equals(port.getIntVal())),
                    "port " + port.getIntVal() + " is not a container port");
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseGet(() -> fail("no container port named " + port.getStrVal()));
    }

    static void assertHardened(PodSpec pod) {
        PodSecurityContext podContext = pod.getSecurityContext();
        assertNotNull(podContext, "pod securityContext");
        assertTrue(podContext.getRunAsNonRoot(), "runAsNonRoot");
        assertNotEquals(0L, podContext.getRunAsUser(), "runAsUser");
        assertEquals("RuntimeDefault", podContext.getSeccompProfile().getType());
        assertFalse(pod.getAutomountServiceAccountToken(), "no Kubernetes API token in the pod");
        assertAll(pod.getContainers().stream().map(container -> () -> {
            SecurityContext context = container.getSecurityContext();
            assertNotNull(context, container.getName() + " securityContext");
            assertTrue(context.getReadOnlyRootFilesystem(), "readOnlyRootFilesystem");
            assertFalse(context.getAllowPrivilegeEscalation(), "allowPrivilegeEscalation");
            assertFalse(Objects.requireNonNullElse(context.getPrivileged(), false), "privileged");
            assertEquals(List.of("ALL"), context.getCapabilities().getDrop());
            assertTrue(context.getCapabilities().getAdd().isEmpty(), "no capability added");
        }));
    }

    static void assertResourcesSet(Container container) {
        var resources = container.getResources();
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = resources.getRequests().get(resource);
            Quantity limit = resources.getLimits().get(resource);
            assertNotNull(request, container.getName() + " requests " + resource);
            assertNotNull(limit, container.getName() + " limits " + resource);
            assertTrue(Quantity.getAmountInBytes(request).compareTo(Quantity.getAmountInBytes(limit)) <= 0,
                    resource + " request " + request + " above its limit " + limit);
        }
    }

    /** The value of an option such as -Xmx320m (in bytes) or -XX:ActiveProcessorCount=2. */
    static long numericOption(List<String> args, String prefix) {
        String value = args.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length()))
                .findFirst().orElseGet(() -> fail("no " + prefix + " argument in " + args));
        char unit = Character.toLowerCase(value.charAt(value.length() - 1));
        int shift = switch (unit) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? value : value.substring(0, value.length() - 1);
        return Long.parseLong(digits) << shift;
    }
}
