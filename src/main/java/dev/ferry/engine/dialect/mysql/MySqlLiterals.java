package dev.ferry.engine.dialect.mysql;

/** Reads the SQL string literals MySQL and MariaDB show in information_schema (defaults, members). */
final class MySqlLiterals {

    private MySqlLiterals() {
    }

    /** Whether the text is one complete single-quoted literal, e.g. {@code 'it''s'}. */
    static boolean isQuoted(String text) {
        return text.length() >= 2 && text.charAt(0) == '\'' && text.charAt(text.length() - 1) == '\'';
    }

    /** The value of a single-quoted literal with doubled quotes and backslash escapes. */
    static String unquote(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length() - 1) {
                out.append(unescape(literal.charAt(++i)));
            } else if (c == '\'' && i + 1 < literal.length() - 1 && literal.charAt(i + 1) == '\'') {
                out.append('\'');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The character a backslash escape stands for (MySQL's table of escapes). */
    static char unescape(char escaped) {
        return switch (escaped) {
            case '0' -> '\u0000';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'b' -> '\b';
            case 'Z' -> '\u001a';
            default -> escaped;
        };
    }
}
