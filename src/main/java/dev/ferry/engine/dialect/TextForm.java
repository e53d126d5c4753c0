package dev.ferry.engine.dialect;

/**
 * The text a column's values take when a page is relayed from the source's text export straight
 * into the target's bulk load, never decoded in between. Relay text is UTF-8, fields end with a
 * tab and rows with a newline, {@code \N} is NULL, and a backslash escapes only backslash, tab,
 * newline and carriage return ({@code \\ \t \n \r}); every other character is itself.
 *
 * <p>A source says which form each column's export has; a target accepts a form for a column
 * only where loading that text stores exactly the value its row path would store.
 */
public enum TextForm {
    /** Decimal digits with an optional leading minus sign. */
    INTEGER,
    /** {@code 1} for true, {@code 0} for false. */
    BOOLEAN_DIGIT,
    /** Plain decimal notation (no exponent) with the column's declared scale. */
    DECIMAL,
    /** The shortest decimal text that reads back as the same double; never NaN or infinite. */
    FLOAT64,
    /** Characters as stored. */
    TEXT,
    /** {@code YYYY-MM-DD} of the proleptic Gregorian calendar, year 1 to 9999. */
    DATE,
    /** {@code YYYY-MM-DD HH:MM:SS}, then up to six fraction digits after a dot; no time zone. */
    DATETIME
}
