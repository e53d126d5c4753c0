package dev.ferry.engine.dialect;

/**
 * Text fields of the tab-separated bulk formats (PostgreSQL COPY text, MySQL LOAD DATA): backslash,
 * tab, newline and carriage return escaped with a backslash, NUL as {@code \0} where the format
 * allows it. Runs of plain characters are appended in one call: most values have none to escape.
 */
public final class BackslashText {

    private BackslashText() {
    }

    public static void append(String text, boolean escapeNul, StringBuilder out) {
        // indexOf is vectorised for Latin-1 text: five scans beat one loop of five comparisons.
        if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0
                && (!escapeNul || text.indexOf('\0') < 0)) {
            out.append(text);
            return;
        }
        int n = text.length();
        int plain = 0;
        while (plain < n && !special(text.charAt(plain), escapeNul)) {
            plain++;
        }
        out.append(text, 0, plain);
        for (int i = plain; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append(escapeNul ? "\\0" : "\0");
                default -> out.append(c);
            }
        }
    }

    private static boolean special(char c, boolean escapeNul) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r' || (escapeNul && c == '\0');
    }
}
