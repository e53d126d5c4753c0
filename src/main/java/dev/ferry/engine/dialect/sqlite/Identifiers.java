package dev.ferry.engine.dialect.sqlite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Quoting of identifiers and string literals, and names Ferry makes up for unnamed constraints. */
public final class Identifiers {

    /** PostgreSQL keeps 63 bytes of a name and MySQL refuses more than 64: made-up names stay below. */
    private static final int MAX_NAME = 60;

    private Identifiers() {
    }

    /** Any name taken literally: double quotes, embedded ones doubled. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String quoteAll(List<String> identifiers) {
        return String.join(", ", identifiers.stream().map(Identifiers::quote).toList());
    }

    /** e.g. {@code fk_track_album_id}; long names are cut and made unique with a hash. */
    static String madeUp(String prefix, String table, List<String> columns) {
        String name = prefix + "_" + table + "_" + String.join("_", columns);
        if (name.length() <= MAX_NAME) {
            return name;
        }
        return name.substring(0, MAX_NAME - 9) + "_" + hash(name);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
