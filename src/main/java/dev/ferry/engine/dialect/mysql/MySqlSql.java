package dev.ferry.engine.dialect.mysql;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** Small pieces of MySQL syntax shared by the dialect's statement builders. */
final class MySqlSql {

    /** MySQL refuses identifiers (index, constraint names) longer than this. */
    static final int MAX_NAME_LENGTH = 64;

    private MySqlSql() {
    }

    static String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    static String quoteAll(List<String> identifiers) {
        return identifiers.stream().map(MySqlSql::quote).collect(Collectors.joining(", "));
    }

    /**
     * A string literal that means the same whatever the session's sql_mode: plain quotes when the
     * text holds no backslash or control character (their meaning depends on NO_BACKSLASH_ESCAPES),
     * otherwise a utf8mb4 hex literal.
     */
    static String literal(String text) {
        boolean plain = text.chars().noneMatch(c -> c == '\\' || c < 0x20);
        if (plain) {
            return "'" + text.replace("'", "''") + "'";
        }
        return "_utf8mb4 X'" + HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8)) + "'";
    }

    /** An identifier MySQL accepts as an index or constraint name: long names keep a hash suffix. */
    static String name(String name) {
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode());
        return name.substring(0, MAX_NAME_LENGTH - hash.length() - 1) + "_" + hash;
    }
}
