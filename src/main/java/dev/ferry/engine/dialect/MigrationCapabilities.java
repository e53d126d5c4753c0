package dev.ferry.engine.dialect;

/** What one engine brings to migrations; each part lives in the engine's own package. */
public record MigrationCapabilities(SchemaReader schemaReader, TypeTable types, ValueCodec codec, DataSql data,
                                    DdlWriter ddl, PreflightSql preflight) {
}
