package dev.ferry.engine.model;

/**
 * Engine-neutral column types. Every dialect maps its native types to and from these, so a
 * migration between any two engines is source native → logical → target native.
 */
public enum LogicalType {
    BOOLEAN,
    INT8, INT16, INT24, INT32, INT64,
    DECIMAL,
    FLOAT32, FLOAT64,
    CHAR, VARCHAR, TEXT,
    BINARY, VARBINARY, BLOB,
    DATE, TIME, TIMESTAMP, TIMESTAMPTZ, YEAR,
    JSON, UUID,
    ENUM, SET, BIT,
    GEOMETRY,
    INTERVAL,
    /** A type Ferry does not know how to carry exactly; preflight reports it. */
    OTHER;

    public boolean isInteger() {
        return this == INT8 || this == INT16 || this == INT24 || this == INT32 || this == INT64;
    }

    public boolean isText() {
        return this == CHAR || this == VARCHAR || this == TEXT || this == ENUM || this == SET;
    }

    public boolean isBinary() {
        return this == BINARY || this == VARBINARY || this == BLOB || this == GEOMETRY;
    }

    public boolean isTemporal() {
        return this == DATE || this == TIME || this == TIMESTAMP || this == TIMESTAMPTZ;
    }
}
