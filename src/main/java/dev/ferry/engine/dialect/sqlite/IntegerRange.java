package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.model.ColumnType;

/**
 * The values an integer column's declared type promises. SQLite stores any 64-bit integer in any
 * INTEGER-affinity column, so a value outside the declared range (300 in a TINYINT) is one the
 * target's type would not hold: the decoder refuses it and the preflight counts it.
 */
final class IntegerRange {

    private IntegerRange() {
    }

    /** {min, max} inclusive. */
    static long[] of(ColumnType type) {
        boolean unsigned = type.unsigned();
        return switch (type.logical()) {
            case INT8 -> unsigned ? new long[] {0, 255} : new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
            case INT16 -> unsigned ? new long[] {0, 65_535} : new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
            case INT24 -> unsigned ? new long[] {0, 16_777_215} : new long[] {-8_388_608, 8_388_607};
            case INT32 -> unsigned ? new long[] {0, 4_294_967_295L} : new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            case INT64 -> unsigned ? new long[] {0, Long.MAX_VALUE} : new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
            default -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        };
    }
}
