package dev.ferry.engine.model;

/**
 * A column default in a form that can be re-expressed on another engine. Only literals and the
 * current-time functions are portable; anything else is kept as the source expression and
 * reported when the target engine differs.
 */
public record DefaultValue(Kind kind, String value) {

    public enum Kind { LITERAL_STRING, LITERAL_NUMBER, LITERAL_BOOLEAN, NULL, CURRENT_TIMESTAMP, CURRENT_DATE, EXPRESSION }

    public static DefaultValue expression(String sql) {
        return new DefaultValue(Kind.EXPRESSION, sql);
    }
}
