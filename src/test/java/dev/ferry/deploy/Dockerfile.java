package dev.ferry.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.fail;

/** The instructions of a Dockerfile, enough to check what it copies, exposes and runs. */
record Dockerfile(Path file, List<Dockerfile.Instruction> instructions) {

    /** One instruction; stage counts FROM lines, starting at 0. */
    record Instruction(int stage, String keyword, List<String> flags, List<String> args) {

        String flag(String name) {
            return flags.stream().filter(f -> f.startsWith("--" + name + "=")).map(f -> f.substring(name.length() + 3))
                    .findFirst().orElse(null);
        }
    }

    static Dockerfile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder logical = new StringBuilder();
        int stage = -1;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && logical.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                logical.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            logical.append(trimmed);
            Instruction instruction = parse(logical.toString(), stage);
            stage = instruction.stage();
            instructions.add(instruction);
            logical.setLength(0);
        }
        return new Dockerfile(file, List.copyOf(instructions));
    }

    private static Instruction parse(String line, int previousStage) {
        String[] parts = line.split("\\s+", 2);
        String keyword = parts[0].toUpperCase(Locale.ROOT);
        int stage = keyword.equals("FROM") ? previousStage + 1 : previousStage;
        String rest = parts.length > 1 ? parts[1].strip() : "";
        List<String> flags = new ArrayList<>();
        while (rest.startsWith("--")) {
            String[] flag = rest.split("\\s+", 2);
            flags.add(flag[0]);
            rest = flag.length > 1 ? flag[1].strip() : "";
        }
        return new Instruction(stage, keyword, List.copyOf(flags), arguments(rest));
    }

    /** JSON (exec) form as its array, shell form split on whitespace. */
    private static List<String> arguments(String rest) {
        if (rest.startsWith("[")) {
            try {
                return new ObjectMapper().readValue(rest, new TypeReference<List<String>>() { });
            } catch (IOException e) {
                throw new IllegalArgumentException("bad exec form: " + rest, e);
            }
        }
        return rest.isEmpty() ? List.of() : Arrays.asList(rest.split("\\s+"));
    }

    List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    int lastStage() {
        return instructions.get(instructions.size() - 1).stage();
    }

    /** Instructions of the final stage, the image that ships. */
    List<Instruction> finalStage(String keyword) {
        return all(keyword).stream().filter(i -> i.stage() == lastStage()).toList();
    }

    Instruction single(String keyword) {
        List<Instruction> found = finalStage(keyword);
        if (found.size() != 1) {
            fail(file + ": expected one " + keyword + " in the final stage, found " + found);
        }
        return found.get(0);
    }

    /** The value an ENV instruction of the final stage gives a variable ("KEY=value" form). */
    String env(String name) {
        return finalStage("ENV").stream().flatMap(i -> i.args().stream())
                .filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1).replace("\"", ""))
                .reduce((first, second) -> second).orElse(null);
    }
}
