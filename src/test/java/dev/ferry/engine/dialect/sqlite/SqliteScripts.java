package dev.ferry.engine.dialect.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** SQL scripts split into statements: a statement ends with a semicolon at the end of a line. */
final class SqliteScripts {

    private SqliteScripts() {
    }

    static List<String> resource(String name) {
        try (InputStream in = SqliteScripts.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            return statements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> file(Path path) {
        try {
            return statements(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                add(statements, current.toString());
                current.setLength(0);
            }
        }
        add(statements, current.toString());
        return statements;
    }

    private static void add(List<String> statements, String statement) {
        String sql = statement.strip();
        if (sql.endsWith(";")) {
            sql = sql.substring(0, sql.length() - 1).strip();
        }
        if (!onlyComments(sql)) {
            statements.add(sql);
        }
    }

    private static boolean onlyComments(String sql) {
        return sql.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("--"));
    }
}
