package dev.ferry.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Renders a kustomization with the real {@code kubectl kustomize} (kustomize v4 or later, i.e.
 * kubectl 1.21+), exactly as {@code kubectl apply -k} would, and parses the result.
 */
final class Kustomize {

    /** The repository root: Maven runs tests from the project directory. */
    static final Path ROOT = Path.of("").toAbsolutePath();

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    /** The documents {@code kubectl apply -k <dir>} would send, dir relative to the repository root. */
    static Manifests render(String dir) {
        return RENDERED.computeIfAbsent(dir, Kustomize::run);
    }

    private static Manifests run(String dir) {
        Path kustomization = ROOT.resolve(dir);
        assertTrue(Files.isRegularFile(kustomization.resolve("kustomization.yaml")), () -> kustomization + " has no kustomization.yaml");
        String kubectl = kubectl().orElseGet(() -> fail("kubectl is not on the PATH. These tests render k8s/ with "
                + "`kubectl kustomize` (kubectl 1.21 or later, for kustomize v4+)."));
        try {
            // stderr goes to a file so that neither stream can fill up and stall the other.
            Path stderr = Files.createTempFile("kustomize-", ".err");
            Process process = new ProcessBuilder(kubectl, "kustomize", kustomization.toString())
                    .redirectError(stderr.toFile()).start();
            byte[] stdout = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("kubectl kustomize " + dir + " did not finish within 60 s");
            }
            String errors = Files.readString(stderr);
            Files.delete(stderr);
            if (process.exitValue() != 0) {
                fail("kubectl kustomize " + dir + " failed (exit " + process.exitValue() + "):\n" + errors);
            }
            // Deprecated fields still render but warn; keep the kustomizations current.
            assertTrue(errors.isBlank(), () -> "kubectl kustomize " + dir + " warned:\n" + errors);
            return Manifests.parse("kubectl kustomize " + dir, new String(stdout, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Optional<String> kubectl() {
        return executable("kubectl");
    }

    static Optional<String> executable(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
    }
}
