package dev.ferry.engine.dialect.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL scripts split into statements: a statement ends with a semicolon at the end of a line (a
 * trigger with END); block comments are dropped first.
 */
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
        for (String line : script.replaceAll("(?s)/\\*.*?\\*/", "").split("\n")) {
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";") && !insideTrigger(current.toString())) {
                add(statements, current.toString());
                current.setLength(0);
            }
        }
        add(statements, current.toString());
        return statements;
    }

    /** A trigger body holds semicolons of its own: the statement ends with END. */
    private static boolean insideTrigger(String statement) {
        String sql = statement.strip().toUpperCase(java.util.Locale.ROOT);
        String body = sql.substring(0, sql.length() - 1).strip();
        return sql.lines().map(String::strip).filter(l -> !l.startsWith("--")).anyMatch(l -> l.startsWith("CREATE TRIGGER"))
                && !body.endsWith("END");
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
