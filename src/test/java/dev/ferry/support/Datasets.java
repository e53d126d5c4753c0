package dev.ferry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The shared sample databases (../shared/datasets), loaded into test databases. */
public final class Datasets {

    private Datasets() {
    }

    public static Path root() {
        Path fromProject = Path.of(System.getProperty("user.dir")).resolve("../shared/datasets").normalize();
        if (!Files.isDirectory(fromProject)) {
            throw new IllegalStateException("Shared datasets not found at " + fromProject
                    + " (the tests expect the shared/ folder beside the project)");
        }
        return fromProject;
    }

    /** Loads Chinook's own script for the server's engine into the database. */
    public static void loadChinook(TestDatabase db) {
        if (db.server().isPostgres()) {
            execute(db, statements(root().resolve("chinook/Chinook_PostgreSql.sql")));
        } else {
            MySqlScripts.loadChinook(db);
        }
    }

    /** Runs a script from the test resources (e.g. {@code torture/postgresql.sql}) in the database. */
    public static void loadResource(TestDatabase db, String resource) {
        execute(db, statements(resourcePath(resource)));
    }

    /** Runs a script from the test resources in a SQLite file (created when missing). */
    public static void loadResource(Path sqliteFile, String resource) {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + sqliteFile);
             Statement s = c.createStatement()) {
            for (String sql : statements(resourcePath(resource))) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Loading " + resource + " into " + sqliteFile + " failed", e);
        }
    }

    private static Path resourcePath(String resource) {
        try {
            return Path.of(Datasets.class.getClassLoader().getResource(resource).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("No test resource " + resource, e);
        }
    }

    /** A private copy of Chinook's SQLite file. */
    public static Path chinookSqlite(Path directory) {
        try {
            Path copy = directory.resolve("chinook-" + System.nanoTime() + ".sqlite");
            Files.copy(root().resolve("chinook/Chinook_Sqlite.sqlite"), copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The statements of a plain script: comments dropped, split at semicolons that end a line, and
     * without the statements that name the script's own database (the test chose one).
     */
    static List<String> statements(Path script) {
        String text;
        try {
            text = Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text = text.replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statement = statement.substring(0, statement.length() - 1);
                current.setLength(0);
                if (!namesDatabase(statement)) {
                    statements.add(statement);
                }
            }
        }
        return statements;
    }

    private static boolean namesDatabase(String statement) {
        String upper = statement.toUpperCase(Locale.ROOT);
        return upper.startsWith("DROP DATABASE") || upper.startsWith("CREATE DATABASE") || upper.startsWith("USE ")
                || upper.startsWith("\\C");
    }

    private static void execute(TestDatabase db, List<String> statements) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String sql : statements) {
                s.execute(sql);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Loading a dataset into " + db.name() + " failed", e);
        }
    }
}
