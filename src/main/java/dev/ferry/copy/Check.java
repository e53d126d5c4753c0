package dev.ferry.copy;

/** One verification check of a table and its outcome, e.g. "row count" 3503 = 3503. */
public record Check(String name, boolean passed, String detail) {
}
