package dev.ferry.copy;

/** Approximate payload size of canonical values, for the bytes figure in progress reports. */
final class Sizes {

    private Sizes() {
    }

    static long of(Object value) {
        if (value == null) {
            return 1;
        }
        if (value instanceof String s) {
            return s.length();
        }
        if (value instanceof byte[] b) {
            return b.length;
        }
        return 8;
    }
}
