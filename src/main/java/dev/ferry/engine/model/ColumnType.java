package dev.ferry.engine.model;

import java.util.List;

/**
 * A column's type: its logical type plus what the source declared (native name, length,
 * precision/scale, unsigned, enum/set members), so the target can be chosen without loss.
 */
public record ColumnType(LogicalType logical, String nativeType, Integer length, Integer precision,
                         Integer scale, boolean unsigned, List<String> members) {

    public ColumnType {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public static ColumnType of(LogicalType logical, String nativeType) {
        return new ColumnType(logical, nativeType, null, null, null, false, List.of());
    }

    public ColumnType withLength(Integer length) {
        return new ColumnType(logical, nativeType, length, precision, scale, unsigned, members);
    }

    public ColumnType withPrecision(Integer precision, Integer scale) {
        return new ColumnType(logical, nativeType, length, precision, scale, unsigned, members);
    }

    public ColumnType withUnsigned(boolean unsigned) {
        return new ColumnType(logical, nativeType, length, precision, scale, unsigned, members);
    }

    public ColumnType withMembers(List<String> members) {
        return new ColumnType(logical, nativeType, length, precision, scale, unsigned, members);
    }

    public ColumnType withLogical(LogicalType logical) {
        return new ColumnType(logical, nativeType, length, precision, scale, unsigned, members);
    }
}
