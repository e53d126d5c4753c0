package dev.ferry.engine.dialect.sqlite;

import java.util.Locale;

/**
 * SQLite's type affinity, decided from a declared type name exactly as SQLite decides it
 * (section 3.1 of https://www.sqlite.org/datatype3.html): the rules are tried in order.
 */
enum Affinity {
    INTEGER, TEXT, BLOB, REAL, NUMERIC;

    static Affinity of(String declared) {
        String name = declared == null ? "" : declared.toUpperCase(Locale.ROOT);
        if (name.contains("INT")) {
            return INTEGER;
        }
        if (name.contains("CHAR") || name.contains("CLOB") || name.contains("TEXT")) {
            return TEXT;
        }
        if (name.contains("BLOB") || name.isBlank()) {
            return BLOB;
        }
        if (name.contains("REAL") || name.contains("FLOA") || name.contains("DOUB")) {
            return REAL;
        }
        return NUMERIC;
    }
}
