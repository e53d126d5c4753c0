package dev.ferry.it;

import dev.ferry.support.Datasets;
import dev.ferry.support.FerryTestResource;
import dev.ferry.support.TestDatabase;
import dev.ferry.support.TestDatabases;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged binary as a CLI ({@code ferry migrate}): runs as a user would, exits 0 on a verified
 * migration with its summary, and 2 with a one-line message on bad input. Runs the native
 * executable when one was built ({@code native.image.path}), else the fast-jar.
 */
class CommandLineIT {

    @Test
    void migrateCopiesChinookAndPrintsTheSummary() throws Exception {
        Path dir = Files.createTempDirectory("ferry-cli-");
        try (TestDatabase target = TestDatabases.postgres().createDatabase("ferry_cli")) {
            Path source = Datasets.chinookSqlite(dir);
            Result result = run(dir, "migrate", "--source", "sqlite://" + source, "--target", target.ferryUrl(), "--yes");
            assertEquals(0, result.exit(), result.output());
            assertTrue(result.output().contains("Rows migrated: 15,607"), result.output());
            assertTrue(result.output().contains("Elapsed:"), result.output());
        } finally {
            FerryTestResource.deleteRecursively(dir);
        }
    }

    @Test
    void badUrlIsOneLineAndExitCodeTwo() throws Exception {
        Path dir = Files.createTempDirectory("ferry-cli-");
        try {
            Result result = run(dir, "migrate", "--source", "nonsense", "--target", "sqlite://" + dir.resolve("t.db"), "--yes");
            assertEquals(2, result.exit(), result.output());
            assertTrue(result.output().strip().lines().count() <= 2, result.output());
            assertTrue(result.output().contains("--source"), result.output());
        } finally {
            FerryTestResource.deleteRecursively(dir);
        }
    }

    record Result(int exit, String output) { }

    /** How to start the packaged Ferry: the native executable when built, else the fast-jar. */
    static List<String> launcher() {
        String nativeImage = System.getProperty("native.image.path");
        if (nativeImage != null && Files.exists(Path.of(nativeImage))) {
            return List.of(Path.of(nativeImage).toAbsolutePath().toString());
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString());
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, Map.of(), args);
    }

    static Result run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("ferry " + String.join(" ", args) + " did not finish in 5 minutes");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
