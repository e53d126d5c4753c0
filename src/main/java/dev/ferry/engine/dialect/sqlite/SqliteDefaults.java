package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.model.DefaultValue;
import dev.ferry.engine.model.DefaultValue.Kind;
import dev.ferry.engine.model.LogicalType;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Column defaults between SQLite's text (as {@code PRAGMA table_info} shows it: the literal or the
 * expression without its parentheses) and the portable {@link DefaultValue}. Booleans are 0/1 in
 * SQLite, so on a BOOLEAN column they read as boolean literals {@code true}/{@code false}.
 */
final class SqliteDefaults {

    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Set<String> TRUE = Set.of("1", "true", "t", "yes", "y");
    private static final Set<String> FALSE = Set.of("0", "false", "f", "no", "n");

    private SqliteDefaults() {
    }

    static DefaultValue read(String text, LogicalType logical) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        String lower = value.toLowerCase(Locale.ROOT).replace(" ", "");
        if (lower.equals("null")) {
            return new DefaultValue(Kind.NULL, null);
        }
        if (logical == LogicalType.BOOLEAN && (lower.equals("1") || lower.equals("true"))) {
            return new DefaultValue(Kind.LITERAL_BOOLEAN, "true");
        }
        if (logical == LogicalType.BOOLEAN && (lower.equals("0") || lower.equals("false"))) {
            return new DefaultValue(Kind.LITERAL_BOOLEAN, "false");
        }
        if (lower.equals("true") || lower.equals("false")) {
            return new DefaultValue(Kind.LITERAL_BOOLEAN, lower);
        }
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return new DefaultValue(Kind.LITERAL_STRING, value.substring(1, value.length() - 1).replace("''", "'"));
        }
        if (NUMBER.matcher(value).matches()) {
            return new DefaultValue(Kind.LITERAL_NUMBER, value.startsWith("+") ? value.substring(1) : value);
        }
        if (lower.equals("current_timestamp") || lower.equals("datetime('now')")) {
            return new DefaultValue(Kind.CURRENT_TIMESTAMP, null);
        }
        if (lower.equals("current_date") || lower.equals("date('now')")) {
            return new DefaultValue(Kind.CURRENT_DATE, null);
        }
        return DefaultValue.expression(value);
    }

    /** The text after DEFAULT for a column of the given logical type. */
    static String write(DefaultValue value, LogicalType logical) {
        String v = value.value();
        if (logical == LogicalType.BOOLEAN && v != null && value.kind() != Kind.EXPRESSION) {
            String lower = v.trim().toLowerCase(Locale.ROOT);
            if (TRUE.contains(lower) || FALSE.contains(lower)) {
                return TRUE.contains(lower) ? "1" : "0";
            }
        }
        return switch (value.kind()) {
            case NULL -> "NULL";
            case LITERAL_STRING -> Identifiers.literal(v);
            case LITERAL_NUMBER -> NUMBER.matcher(v.trim()).matches() ? v.trim() : Identifiers.literal(v);
            case LITERAL_BOOLEAN -> TRUE.contains(v.trim().toLowerCase(Locale.ROOT)) ? "1" : "0";
            case CURRENT_TIMESTAMP -> "CURRENT_TIMESTAMP";
            case CURRENT_DATE -> "CURRENT_DATE";
            // Kept as the source wrote it; SQLite needs parentheses around an expression default.
            case EXPRESSION -> "(" + v + ")";
        };
    }
}
