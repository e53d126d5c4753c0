package dev.ferry.support;


import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Loads the shared MySQL sample scripts (Chinook, Sakila) with the {@code mysql} command-line
 * client, which understands their DELIMITER blocks. The scripts create and use a fixed database;
 * those statements are rewritten on the fly to use the test's own database (the files stay as
 * they are). Sakila keeps its MySQL 5.7 parts (the GEOMETRY column, the SPATIAL index) in
 * {@code /*!50705 … *}{@code /} comments, which MariaDB ignores; they are turned into plain
 * executable comments so that MariaDB creates them as MySQL 5.7+ does.
 */
public final class MySqlScripts {

    private static final Path ROOT = Datasets.root();

    private static final Pattern CREATE_OR_DROP_DATABASE = Pattern.compile(
            "(?im)^\\s*(DROP|CREATE)\\s+(DATABASE|SCHEMA)\\b[^;]*;\\s*$");
    private static final Pattern USE = Pattern.compile("(?im)^\\s*USE\\s+[^;]*;\\s*$");

    private MySqlScripts() {
    }

    public static void loadChinook(TestDatabase db) {
        load(db, List.of(ROOT.resolve("chinook/Chinook_MySql.sql")), "Chinook");
    }

    public static void loadSakila(TestDatabase db) {
        load(db, List.of(ROOT.resolve("sakila/mysql-sakila-schema.sql"), ROOT.resolve("sakila/mysql-sakila-data.sql")),
                "sakila");
    }

    private static void load(TestDatabase db, List<Path> scripts, String fixedName) {
        StringBuilder script = new StringBuilder();
        for (Path path : scripts) {
            try {
                script.append(rewrite(Files.readString(path, StandardCharsets.UTF_8), fixedName, db.name())).append('\n');
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + path, e);
            }
        }
        run(db, script.toString());
    }

    static String rewrite(String script, String fixedName, String database) {
        String text = CREATE_OR_DROP_DATABASE.matcher(script).replaceAll("");
        text = USE.matcher(text).replaceAll("USE `" + database + "`;");
        text = text.replace(fixedName + ".", "`" + database + "`.");
        return text.replace("/*!50705 ", "/*! ");
    }

    private static void run(TestDatabase db, String script) {
        var server = db.server();
        List<String> command = new ArrayList<>(List.of("mysql", "--protocol=TCP", "-h", server.host(),
                "-P", String.valueOf(server.port()), "-u", server.user(), "--default-character-set=utf8mb4"));
        if (server.password() != null && !server.password().isEmpty()) {
            command.add("--password=" + server.password());
        }
        command.add(db.name());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(script.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("mysql client failed loading into " + db.name() + ": " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("The mysql command-line client is needed to load the sample databases", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
