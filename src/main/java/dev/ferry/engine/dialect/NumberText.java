package dev.ferry.engine.dialect;

/**
 * Numbers in the text bulk formats (PostgreSQL COPY text, MySQL LOAD DATA): the text of
 * {@code Long.toString} and {@code Double.toString}, which reads back as the same value, written
 * into the page by StringBuilder rather than through a String per value.
 */
public final class NumberText {

    private NumberText() {
    }

    public static StringBuilder append(Number value, StringBuilder out) {
        if (value instanceof Long l) {
            return out.append(l.longValue());
        }
        if (value instanceof Double d) {
            return out.append(d.doubleValue());
        }
        if (value instanceof Integer i) {
            return out.append(i.intValue());
        }
        return out.append(value);
    }
}
