package dev.ferry.engine.client;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One table of a user database, as listed by its dialect. */
@Schema(name = "TableSummary")
public record TableSummary(
        @Schema(description = "Schema (PostgreSQL only; null for MySQL, MariaDB and SQLite)", nullable = true) String schema,
        String name,
        @Schema(description = "Number of columns") int columns,
        @Schema(description = "Row count estimate from the engine's statistics (exact for SQLite without "
                + "ANALYZE statistics); null when the engine has none yet", nullable = true) Long estimatedRows) {

    TableSummary withEstimatedRows(Long rows) {
        return new TableSummary(schema, name, columns, rows);
    }
}
