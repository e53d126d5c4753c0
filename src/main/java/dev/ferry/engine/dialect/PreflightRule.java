package dev.ferry.engine.dialect;

/** Values that a target engine cannot hold as they are; the preflight counts them before writing. */
public enum PreflightRule {
    /** MySQL/MariaDB dates like 0000-00-00 or 2020-00-15, which no other engine has. */
    ZERO_DATE,
    /** Unsigned integers above what the chosen target type holds. */
    UNSIGNED_OVERFLOW,
    /** U+0000 in text, which PostgreSQL text cannot store. */
    NUL_CHARACTER,
    /** NaN or ±Infinity in floating point or numeric columns, which MySQL/MariaDB cannot store. */
    NAN_OR_INFINITY,
    /** Dates/timestamps outside the target's range (MySQL DATETIME 1000–9999, no BC dates). */
    DATE_OUT_OF_RANGE,
    /** SQLite values whose storage class does not fit the declared type (text in an INTEGER column). */
    AFFINITY_MISMATCH
}
