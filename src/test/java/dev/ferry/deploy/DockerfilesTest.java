package dev.ferry.deploy;

import dev.ferry.deploy.Dockerfile.Instruction;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Dockerfiles cannot be built here (no Docker engine), so check them against the build's facts. */
class DockerfilesTest {

    private static final Path ROOT = Kustomize.ROOT;
    private static final Dockerfile JVM = Dockerfile.read(ROOT.resolve("docker/Dockerfile.jvm"));
    private static final Dockerfile NATIVE = Dockerfile.read(ROOT.resolve("docker/Dockerfile.native"));
    /** Quarkus' fast-jar output, the default package type. */
    private static final Set<String> FAST_JAR = Set.of("target/quarkus-app/lib/", "target/quarkus-app/quarkus-run.jar",
            "target/quarkus-app/app/", "target/quarkus-app/quarkus/");

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<String> copySources(Dockerfile dockerfile, boolean fromContext) {
        return dockerfile.all("COPY").stream().filter(copy -> (copy.flag("from") == null) == fromContext)
                .flatMap(copy -> copy.args().subList(0, copy.args().size() - 1).stream()).toList();
    }

    @Test
    void jvmImageCopiesTheFastJarLayoutThatQuarkusIsConfiguredToBuild() throws IOException {
        assertEquals(FAST_JAR, Set.copyOf(copySources(JVM, true)));
        Properties properties = applicationProperties();
        assertEquals("fast-jar", properties.getProperty("quarkus.package.jar.type", "fast-jar"));
        assertNull(properties.getProperty("quarkus.package.output-directory"), "the image expects target/quarkus-app");
        assertEquals("/deployments/quarkus-run.jar", JVM.env("JAVA_APP_JAR"));
        assertTrue(JVM.all("COPY").stream().anyMatch(c -> c.args().get(c.args().size() - 1).equals("/deployments/")
                && c.args().contains("target/quarkus-app/quarkus-run.jar")));
    }

    @Test
    void packagedApplicationHasEveryPathTheJvmImageCopies() {
        assumeTrue(Files.isDirectory(ROOT.resolve("target/quarkus-app")), "needs ./mvnw package first");
        assertAll(FAST_JAR.stream().map(path -> () -> assertTrue(Files.exists(ROOT.resolve(path)), path)));
    }

    @Test
    void nativeImageIsBuiltWithMandrelFromTheSourcesInTheBuildContext() throws Exception {
        Instruction builder = NATIVE.all("FROM").get(0);
        assertEquals(List.of("quay.io/quarkus/ubi9-quarkus-mandrel-builder-image:jdk-25", "AS", "build"), builder.args());
        String build = NATIVE.all("RUN").stream().filter(r -> r.stage() == 0).map(r -> String.join(" ", r.args()))
                .filter(r -> r.contains("mvnw")).findFirst().orElseThrow();
        assertThat(List.of(build.split(" ")), hasItems("./mvnw", "package", "-Dnative", "-DskipTests"));

        List<String> sources = copySources(NATIVE, true);
        List<String> dockerignore = Files.readAllLines(ROOT.resolve("docker/Dockerfile.native.dockerignore"));
        assertAll(sources.stream().map(source -> () -> {
            assertTrue(Files.exists(ROOT.resolve(source)), source + " is not in the repository");
            assertTrue(dockerignore.contains("!" + source), source + " is excluded from the build context");
        }));

        String runner = "/code/target/" + finalName() + "-runner";
        Instruction copy = NATIVE.finalStage("COPY").stream().filter(c -> c.args().contains(runner)).findFirst()
                .orElseThrow(() -> new AssertionError("the runtime stage does not copy " + runner));
        assertEquals("build", copy.flag("from"));
        assertEquals("/code", NATIVE.all("WORKDIR").get(0).args().get(0), "the builder works in /code");
        assertEquals(List.of(copy.args().get(1)), NATIVE.single("ENTRYPOINT").args(), "the image runs the copied executable");
    }

    /** Maven's default finalName is artifactId-version, which names the native runner. */
    private static String finalName() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(ROOT.resolve("pom.xml").toFile()).getDocumentElement();
        String explicit = childText(project, "build", "finalName");
        return explicit != null ? explicit : childText(project, "artifactId") + "-" + childText(project, "version");
    }

    private static String childText(Element parent, String... path) {
        Element current = parent;
        for (String name : path) {
            Element next = null;
            for (var node = current.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element e && e.getTagName().equals(name)) {
                    next = e;
                }
            }
            if (next == null) {
                return null;
            }
            current = next;
        }
        return current.getTextContent().strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jvm", "native"})
    void imageExposesTheConfiguredHttpPortAndKubernetesUsesIt(String kind) throws IOException {
        Dockerfile dockerfile = kind.equals("jvm") ? JVM : NATIVE;
        Matcher port = Pattern.compile("\\$\\{FERRY_HTTP_PORT:(\\d+)}").matcher(applicationProperties().getProperty("quarkus.http.port"));
        assertTrue(port.matches(), "quarkus.http.port should default through FERRY_HTTP_PORT");
        int configured = Integer.parseInt(port.group(1));
        assertEquals(List.of(String.valueOf(configured)), dockerfile.single("EXPOSE").args());
        Container ferry = PodChecks.container(Kustomize.render("k8s/base").one(Deployment.class, "ferry")
                .getSpec().getTemplate().getSpec(), "ferry");
        assertEquals(configured, ferry.getPorts().get(0).getContainerPort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jvm", "native"})
    void imageRunsAsNonRootWithItsDataDirectoryAsAVolume(String kind) {
        Dockerfile dockerfile = kind.equals("jvm") ? JVM : NATIVE;
        String user = dockerfile.finalStage("USER").get(dockerfile.finalStage("USER").size() - 1).args().get(0);
        assertTrue(user.matches("\\d+(:\\d+)?"), "numeric, so runAsNonRoot can verify it: " + user);
        assertNotEquals("0", user.split(":")[0]);
        assertEquals("/data", dockerfile.env("FERRY_DATA_DIR"));
        assertEquals(List.of("/data"), dockerfile.single("VOLUME").args());
        assertEquals("0.0.0.0", dockerfile.env("QUARKUS_HTTP_HOST"));
    }

    @Test
    void kubernetesProbesUseQuarkusDefaultHealthPaths() throws IOException {
        Properties properties = applicationProperties();
        // Any of these would move the endpoints away from /q/health/{live,ready,started}.
        Set<String> moved = properties.stringPropertyNames().stream()
                .filter(p -> p.equals("quarkus.http.non-application-root-path") || p.equals("quarkus.http.root-path")
                        || p.startsWith("quarkus.smallrye-health.") && p.endsWith("path"))
                .collect(Collectors.toSet());
        assertTrue(moved.isEmpty(), "health paths changed by " + moved + ": update the probes");
        Container ferry = PodChecks.container(Kustomize.render("k8s/base").one(Deployment.class, "ferry")
                .getSpec().getTemplate().getSpec(), "ferry");
        assertEquals(List.of("/q/health/started", "/q/health/live", "/q/health/ready"), List.of(
                ferry.getStartupProbe().getHttpGet().getPath(), ferry.getLivenessProbe().getHttpGet().getPath(),
                ferry.getReadinessProbe().getHttpGet().getPath()));
    }
}
