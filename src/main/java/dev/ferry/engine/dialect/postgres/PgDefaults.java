package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.DefaultValue;
import dev.ferry.engine.model.LogicalType;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column defaults between PostgreSQL's deparsed form ({@code pg_get_expr}) and the neutral
 * {@link DefaultValue}: literals and the current-time functions are portable; anything else is an
 * expression.
 */
final class PgDefaults {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final String NAME = "(?:\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)";
    private static final String TYPE = "(?:" + NAME + "\\.)?(?:\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_ ]*)"
            + "(?:\\([0-9, ]+\\))?(?: with(?:out)? time zone)?(?:\\[])?";
    /** {@code 'text'::type}, the type being a plain (possibly quoted, qualified, sized or array) type name. */
    private static final Pattern TYPED_LITERAL = Pattern.compile("'(?<text>(?:[^']|'')*)'::(?<type>" + TYPE + ")");
    private static final Pattern NULL = Pattern.compile("NULL(?:::" + TYPE + ")?");
    private static final Set<String> NUMERIC_TYPES = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");
    private static final Set<String> NOW = Set.of("now()", "CURRENT_TIMESTAMP", "transaction_timestamp()", "LOCALTIMESTAMP");
    private static final Set<String> TODAY = Set.of("CURRENT_DATE", "('now'::text)::date");
    private static final Set<String> TRUE_WORDS = Set.of("1", "true", "t", "yes", "y", "on", "b'1'");

    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('(?:[^']|'')+'::regclass\\)");

    private PgDefaults() {
    }

    /** {@code nextval('sequence'::regclass)}: the column takes its values from a sequence. */
    static boolean isSequenceDefault(String expression) {
        return expression != null && NEXTVAL.matcher(expression).matches();
    }

    /** The neutral default of a deparsed expression; null when there is none. */
    static DefaultValue read(String expression) {
        if (expression == null) {
            return null;
        }
        String e = expression.trim();
        if (NULL.matcher(e).matches()) {
            return new DefaultValue(DefaultValue.Kind.NULL, null);
        }
        if (e.equals("true") || e.equals("false")) {
            return new DefaultValue(DefaultValue.Kind.LITERAL_BOOLEAN, e);
        }
        String unwrapped = e.startsWith("(") && e.endsWith(")") ? e.substring(1, e.length() - 1) : e;
        if (NUMBER.matcher(unwrapped).matches()) {
            return new DefaultValue(DefaultValue.Kind.LITERAL_NUMBER, unwrapped);
        }
        Matcher typed = TYPED_LITERAL.matcher(e);
        if (typed.matches()) {
            return typedLiteral(typed.group("text").replace("''", "'"), typed.group("type"));
        }
        if (NOW.contains(e)) {
            return new DefaultValue(DefaultValue.Kind.CURRENT_TIMESTAMP, null);
        }
        if (TODAY.contains(e)) {
            return new DefaultValue(DefaultValue.Kind.CURRENT_DATE, null);
        }
        return DefaultValue.expression(e);
    }

    private static DefaultValue typedLiteral(String text, String type) {
        if (NUMERIC_TYPES.contains(type) && NUMBER.matcher(text).matches()) {
            return new DefaultValue(DefaultValue.Kind.LITERAL_NUMBER, text);
        }
        if (type.equals("boolean")) {
            return new DefaultValue(DefaultValue.Kind.LITERAL_BOOLEAN, String.valueOf(TRUE_WORDS.contains(text)));
        }
        return new DefaultValue(DefaultValue.Kind.LITERAL_STRING, text);
    }

    /**
     * The DEFAULT clause body for a portable default; empty for none and for expressions, which
     * {@link PostgresDdl} tries separately because they may come from another engine.
     */
    static Optional<String> sql(Column column) {
        DefaultValue d = column.defaultValue();
        if (d == null || d.kind() == DefaultValue.Kind.EXPRESSION) {
            return Optional.empty();
        }
        return Optional.of(switch (d.kind()) {
            case NULL -> "NULL";
            case CURRENT_TIMESTAMP -> "CURRENT_TIMESTAMP";
            case CURRENT_DATE -> "CURRENT_DATE";
            case LITERAL_BOOLEAN, LITERAL_NUMBER, LITERAL_STRING -> literal(d, column.type());
            case EXPRESSION -> throw new IllegalStateException("handled above");
        });
    }

    private static String literal(DefaultValue d, ColumnType type) {
        LogicalType logical = type.logical();
        String value = d.value() == null ? "" : d.value();
        if (logical == LogicalType.BOOLEAN) {
            return TRUE_WORDS.contains(value.toLowerCase()) ? "true" : "false";
        }
        boolean numeric = logical.isInteger() || logical == LogicalType.DECIMAL || logical == LogicalType.FLOAT32
                || logical == LogicalType.FLOAT64 || logical == LogicalType.YEAR;
        if (numeric && NUMBER.matcher(value).matches()) {
            return value;
        }
        if (logical == LogicalType.BIT && NUMBER.matcher(value).matches() && !value.contains(".")) {
            String bits = Long.toBinaryString(Long.parseLong(value));
            int width = type.length() == null ? 0 : type.length();
            return PgSql.literal(bits.length() >= width ? bits : "0".repeat(width - bits.length()) + bits);
        }
        return PgSql.literal(value);
    }
}
